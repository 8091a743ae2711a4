extension DecisionsFile {
    /// The decisions file beside article `id`, for display; `nil` when there is none, or it cannot be read or is
    /// broken (a classify run of the article reports why, located).
    public static func read(_ id: String, in corpus: Corpus) -> DecisionsFile? {
        guard let bytes = try? RegularFile.read(corpus.decisionsFile(id), limit: sizeLimit) else { return nil }
        return try? DecisionsFile(displayPath: corpus.decisionsPath(id), bytes: bytes)
    }
}
