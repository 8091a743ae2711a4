import Foundation

/// Results of `tagdesk` over an untouched copy of the seeds and rules, computed once per test process
/// and shared, because a full classification is the slow part of every test.
public enum GoodRun {
    /// The tag files `tagdesk classify` writes, by file name (`000_x.tags.yaml`).
    public static func tagFiles() async throws -> [String: Data] {
        try await tagFilesRun.value
    }

    /// What `tagdesk classify --dry-run --format json` prints.
    public static func dryRunJSON() async throws -> Data {
        try await jsonRun.value
    }

    /// `dryRunJSON()`, parsed.
    public static func dryRunReport() async throws -> JSONReport {
        try JSONReport(json: try await dryRunJSON())
    }

    private static let tagFilesRun = Task<[String: Data], any Error> {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let result = try TagdeskProcess.run(["classify"], in: corpus.url)
        guard result.status == 0 else { throw TestSupportError("the good run failed:\n\(result)") }
        let files = try corpus.tagFiles()
        guard files.count == corpus.seedIDs.count else {
            throw TestSupportError("the good run wrote \(files.keys.sorted()) for \(corpus.seedIDs)")
        }
        return files
    }

    private static let jsonRun = Task<Data, any Error> {
        let corpus = try TemporaryCorpus()
        defer { corpus.remove() }
        let result = try TagdeskProcess.run(["classify", "--dry-run", "--format", "json"], in: corpus.url)
        guard result.status == 0 else { throw TestSupportError("the JSON dry run failed:\n\(result)") }
        return Data(result.stdout.utf8)
    }
}
