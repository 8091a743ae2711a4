import Foundation
import TagDeskCore

extension TemporaryCorpus {
    /// `seeds/ID.tags.yaml` read as the product reads it; throws (with the product's diagnostic) if it cannot be.
    public func decodedTagFile(_ id: String) throws -> TagFile {
        let path = TemporaryCorpus.tagFilePath(id)
        guard let file = try TagFileStore().read(fileURL(path), displayPath: path, article: id) else {
            throw TestSupportError("\(path) does not exist")
        }
        return file
    }
}
