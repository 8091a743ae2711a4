import Foundation
import TagDeskTestSupport
import Testing

/// The tests' JSON Schema checker: each keyword on a small schema, both schemas the tests hold accepted, and every
/// schema it would misread refused.
@Suite struct JSONSchemaValidatorTests {
    /// One keyword of the checker on a small schema, with an instance it must accept or refuse.
    struct KeywordCase: Sendable, CustomTestStringConvertible {
        let schema: String
        let instance: String
        let valid: Bool
        var testDescription: String { "\(schema) on \(instance)" }
    }

    static let draft04 = #""$schema": "http://json-schema.org/draft-04/schema#""#

    static let keywordCases: [KeywordCase] = [
        KeywordCase(schema: #"{"type": "string"}"#, instance: "2", valid: false),
        KeywordCase(schema: #"{"type": ["string", "null"]}"#, instance: "null", valid: true),
        KeywordCase(schema: #"{"type": "number"}"#, instance: ".inf", valid: false),
        KeywordCase(schema: #"{"type": "integer"}"#, instance: "2.5", valid: false),
        KeywordCase(schema: #"{"enum": ["a", "b"]}"#, instance: "c", valid: false),
        KeywordCase(schema: #"{"const": "line"}"#, instance: "line", valid: true),
        KeywordCase(schema: #"{"required": ["a"]}"#, instance: "{b: 1}", valid: false),
        KeywordCase(schema: #"{"properties": {"a": {"type": "string"}}, "additionalProperties": false}"#, instance: "{b: x}", valid: false),
        KeywordCase(schema: #"{"additionalProperties": {"type": "integer"}}"#, instance: "{b: x}", valid: false),
        KeywordCase(schema: #"{"propertyNames": {"pattern": "^[a-z]+$"}}"#, instance: "{Ab: 1}", valid: false),
        KeywordCase(schema: #"{"minProperties": 1}"#, instance: "{}", valid: false),
        KeywordCase(schema: #"{"items": {"type": "string"}, "minItems": 1}"#, instance: "[]", valid: false),
        KeywordCase(schema: #"{"items": {"type": "string"}}"#, instance: "[a, 1]", valid: false),
        KeywordCase(schema: #"{"uniqueItems": true}"#, instance: "[1, 2, 1.0]", valid: false),
        KeywordCase(schema: #"{"uniqueItems": true}"#, instance: "[1, '1', {a: 1}, {a: 2}]", valid: true),
        KeywordCase(schema: #"{"minLength": 1}"#, instance: "''", valid: false),
        KeywordCase(schema: #"{"minimum": 2}"#, instance: "1", valid: false),
        KeywordCase(schema: #"{"exclusiveMinimum": 0}"#, instance: "0", valid: false),
        KeywordCase(schema: #"{"maximum": 2}"#, instance: "3", valid: false),
        KeywordCase(schema: #"{"maximum": 2}"#, instance: "2", valid: true),
        KeywordCase(schema: #"{"format": "uri"}"#, instance: "'file:///tmp/vidé.txt'", valid: true),
        KeywordCase(schema: #"{"format": "uri"}"#, instance: "'seeds/a.txt'", valid: false),
        KeywordCase(schema: #"{"format": "uri"}"#, instance: "'https://example.org/a b'", valid: false),
        KeywordCase(schema: #"{"format": "uri-reference"}"#, instance: "'seeds/zz,vide%3A%C3%A9%25.txt'", valid: true),
        KeywordCase(schema: #"{"format": "uri-reference"}"#, instance: #"'seeds\a.txt'"#, valid: false),
        KeywordCase(schema: #"{"format": "date-time"}"#, instance: "'2026-12-01T03:28:28.5+07:00'", valid: true),
        KeywordCase(schema: #"{"format": "date-time"}"#, instance: "'2026-12-01 03:28:28'", valid: false),
        KeywordCase(schema: #"{"format": "date-time"}"#, instance: "3", valid: true),
        KeywordCase(schema: #"{"anyOf": [{"type": "string"}, {"type": "object"}]}"#, instance: "{a: 1}", valid: true),
        KeywordCase(schema: #"{"anyOf": [{"type": "string"}, {"type": "object"}]}"#, instance: "1", valid: false),
        KeywordCase(schema: #"{"oneOf": [{"type": "string"}, {"minLength": 2}]}"#, instance: "a", valid: true),
        KeywordCase(schema: #"{"oneOf": [{"type": "string"}, {"minLength": 2}]}"#, instance: "ab", valid: false),
        KeywordCase(schema: #"{"oneOf": [{"type": "string"}, {"type": "integer"}]}"#, instance: "[]", valid: false),
        KeywordCase(schema: #"{"allOf": [{"type": "number"}, {"minimum": 3}]}"#, instance: "2", valid: false),
        KeywordCase(schema: #"{"if": {"const": 1}, "then": {"type": "string"}}"#, instance: "1", valid: false),
        KeywordCase(schema: #"{"if": {"const": 1}, "then": {"type": "string"}}"#, instance: "2", valid: true),
        KeywordCase(schema: ##"{"$defs": {"n": {"type": "number"}}, "$ref": "#/$defs/n"}"##, instance: "x", valid: false),
        KeywordCase(schema: ##"{\##(draft04), "definitions": {"n": {"type": "number"}}, "properties": {"a": {"$ref": "#/definitions/n", "description": "A."}}}"##,
                    instance: "{a: x}", valid: false),
        KeywordCase(schema: #"{\#(draft04), "id": "https://example.org/s", "title": "T", "description": "D.", "default": 1, "type": "integer"}"#,
                    instance: "1", valid: true),
    ]

    @Test(arguments: keywordCases)
    func checkerAppliesEachKeyword(_ row: KeywordCase) throws {
        let checker = try JSONSchemaValidator(schema: JSONValue(json: Data(row.schema.utf8)))
        let problems = checker.problems(in: try JSONValue(yaml: row.instance))
        #expect(problems.isEmpty == row.valid, "\(problems)")
    }

    /// Schemas the checker would misread: a keyword it does not know, a value of the wrong shape (draft-04's boolean
    /// `exclusiveMinimum`, its list `items`), an unknown dialect or format, a dangling `$ref`, or an assertion beside
    /// a draft-04 `$ref`.
    static let refusedSchemas: [String] = [
        #"{"properties": {"a": {"not": {}}}}"#,
        #"{"format": "email"}"#,
        #"{"$schema": "http://json-schema.org/draft-07/schema#"}"#,
        #"{"exclusiveMinimum": true}"#,
        #"{"items": [{"type": "string"}]}"#,
        #"{"type": "integr"}"#,
        #"{"uniqueItems": "yes"}"#,
        #"{"pattern": "(unclosed"}"#,
        #"{"oneOf": []}"#,
        ##"{"$ref": "#/definitions/missing"}"##,
        ##"{\##(draft04), "definitions": {"n": {}}, "properties": {"a": {"$ref": "#/definitions/n", "minimum": 1}}}"##,
    ]

    @Test(arguments: refusedSchemas)
    func checkerRefusesASchemaItWouldMisread(_ schema: String) throws {
        #expect(throws: TestSupportError.self) {
            try JSONSchemaValidator(schema: JSONValue(json: Data(schema.utf8)))
        }
    }

    @Test(arguments: ["schema/tagdesk-rule.schema.json", "Tests/Fixtures/sarif-schema-2.1.0.json"])
    func checkerAcceptsTheSchemasTheTestsHold(_ path: String) throws {
        let schema = try JSONValue(json: Data(contentsOf: RepositoryRoot.url.appendingPathComponent(path)))

        let checker = try JSONSchemaValidator(schema: schema)

        #expect(!checker.problems(in: .object([:])).isEmpty)
    }
}
