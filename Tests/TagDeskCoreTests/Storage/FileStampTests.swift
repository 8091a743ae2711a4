import Foundation
@testable import TagDeskCore
import Testing

@Suite struct FileStampTests {
    @Test func aStampReadsBackFromItsTextAndTellsAnEditedFile() throws {
        let path = NSTemporaryDirectory() + "stamp-\(UUID().uuidString).txt"
        defer { unlink(path) }
        try Data("Chủ tịch phát biểu\n".utf8).write(to: URL(fileURLWithPath: path))
        let stamp = try #require(FileStamp(path))

        #expect(FileStamp(bytes: stamp.text.utf8) == stamp)
        #expect(!stamp.isSettled, "a file written just now may still be edited within the same clock tick")
        Thread.sleep(forTimeInterval: 0.02)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data("Chủ tịch phát biểX\n".utf8))
        try handle.close()
        #expect(FileStamp(path) != stamp)
        #expect(FileStamp(path + ".absent") == nil)
    }

    @Test(arguments: ["", "1:2:3", "1:2:3:4:5", "1:2:x:4", "1::3:4", "99999999999999999999:1:2:3"])
    func damagedTextIsNoStamp(_ text: String) {
        #expect(FileStamp(bytes: text.utf8) == nil)
    }
}
