import Foundation

/// One document of a JSON Lines corpus, `{"id": …, "text": …, …}` as Dolma and datatrove store them. Only `id`
/// and `text` are read; every other field is left alone.
public struct JSONLinesDocument: Sendable {
    /// The id as JSON, to write back as it was given: a string literal, or a number.
    public let idJSON: String
    /// The id as text, for the article, shards and messages.
    public let id: String
    public let text: String

    /// Reads one line of a file.
    /// - Returns: `nil` for a blank line, which holds no document.
    /// - Throws: why the line is not a document, in a phrase for a `file:LINE: error:` message.
    public static func parse(_ line: [UInt8]) throws(JSONLinesDocumentError) -> JSONLinesDocument? {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
        let fields: Fields
        do {
            fields = try JSONDecoder().decode(Fields.self, from: Data(line))
        } catch _ where String(validating: line, as: UTF8.self) == nil {
            throw JSONLinesDocumentError("invalid UTF-8")
        } catch let error as DecodingError {
            throw JSONLinesDocumentError(error)
        } catch {
            throw JSONLinesDocumentError("invalid JSON (\(error))")
        }
        switch fields.id {
        case .string(let id):
            var json = ""
            JSONText.string(id, into: &json)
            return JSONLinesDocument(idJSON: json, id: id, text: fields.text)
        case .number(let number):
            return JSONLinesDocument(idJSON: number.description, id: number.description, text: fields.text)
        }
    }

    private struct Fields: Decodable {
        let id: Identifier
        let text: String
    }

    /// Ids are strings in Dolma and datatrove, numbers in some exports.
    private enum Identifier: Decodable {
        case string(String)
        case number(Decimal)

        init(from decoder: any Decoder) throws {
            let value = try decoder.singleValueContainer()
            if let string = try? value.decode(String.self) {
                self = .string(string)
            } else {
                self = .number(try value.decode(Decimal.self))
            }
        }
    }
}

/// Why a line of a JSON Lines file is not a document.
public struct JSONLinesDocumentError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }

    init(_ error: DecodingError) {
        let expected = #"expected one object {"id": …, "text": …} a line"#
        switch error {
        case .keyNotFound(let key, _):
            description = "no \"\(key.stringValue)\"; \(expected)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            switch context.codingPath.first?.stringValue {
            case "id": description = "\"id\" is neither a string nor a number"
            case "text": description = "\"text\" is not a string"
            default: description = "not a JSON object; \(expected)"
            }
        case .dataCorrupted(let context):
            if context.codingPath.first?.stringValue == "id" {
                description = "\"id\" is neither a string nor a number"
            } else {
                let reason = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
                description = "invalid JSON" + (reason.map { " (\($0))" } ?? "")
            }
        @unknown default:
            description = "invalid JSON"
        }
    }
}
