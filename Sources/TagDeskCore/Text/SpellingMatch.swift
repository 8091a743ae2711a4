/// How a rule phrase's diacritics or case are matched: folded away (the default) or kept, as `ExactSpelling`
/// compares them (`Đảng` is not `đang`, `Anh` is not `ảnh`).
public enum SpellingMatch: String, Decodable, Sendable, CaseIterable {
    case fold, keep

    public init(from decoder: any Decoder) throws {
        self = try decodeEnumCase(from: decoder, what: "spelling")
    }
}
