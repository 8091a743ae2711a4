import Foundation
import TagDeskTestSupport

/// The real articles a bench gold file names, unpacked from `../shared/bench/corpus-10pct.tar.xz` (kept outside
/// the repository) into a temporary corpus, so that `tagdesk eval` figures on them can be asserted.
enum BenchSample {
    static let archive = RepositoryRoot.url.deletingLastPathComponent()
        .appendingPathComponent("shared/bench/corpus-10pct.tar.xz")

    /// Whether the archive is on this machine; bench tests are skipped without it.
    static var isAvailable: Bool { FileManager.default.isReadableFile(atPath: archive.path) }

    /// The gold file `Tests/Fixtures/gold/NAME.yaml`.
    static func goldPath(_ name: String) -> String {
        RepositoryRoot.url.appendingPathComponent("Tests/Fixtures/gold/\(name).yaml").path
    }

    /// Unpacks the articles of the gold file `name` into `corpus`'s folder `bench` and returns that folder's path.
    static func unpack(goldNamed name: String, into corpus: TemporaryCorpus) throws -> String {
        let gold = try JSONValue(yaml: String(contentsOfFile: goldPath(name), encoding: .utf8))
        guard case .object(let articles)? = gold["articles"], !articles.isEmpty else {
            throw BenchSampleError.noArticles(name)
        }
        let folder = corpus.fileURL("bench")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "-xJf", archive.path, "-C", folder.path] + articles.keys.sorted().map { "\($0).txt" }
        try tar.run()
        tar.waitUntilExit()
        guard tar.terminationStatus == 0 else { throw BenchSampleError.unpackFailed(name, tar.terminationStatus) }
        return folder.path
    }
}

enum BenchSampleError: Error {
    case noArticles(String)
    case unpackFailed(String, Int32)
}
