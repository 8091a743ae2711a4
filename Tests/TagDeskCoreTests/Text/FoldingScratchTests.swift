import Foundation
import Testing
import TagDeskCore

@Suite struct FoldingScratchTests {
    private func fold(_ bytes: [UInt8], _ scratch: inout FoldingScratch) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { scratch.fold(utf8: $0) } ? scratch.folded : nil
    }

    @Test func foldsLikeTheNormalizerWhileReusingItsBuffer() {
        let lines = [
            "Le 8 juillet à Hanoï, l'Union vietnamienne des organisations d'amitié",
            "Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn phát  biểu kết luận.",
            "يهدف المؤتمر إلى مناقشة آلية التنسيق بين الهيئتين في ظل الظروف والأوضاع الجديدة.",
            String(repeating: "ﷺ ½ ", count: 20),
            "",
            " « » ",
        ]
        var scratch = FoldingScratch()
        for line in lines {
            #expect(fold(Array(line.utf8), &scratch) == Normalizer.normalize(line).bytes, "\(line)")
        }
    }

    @Test func malformedUTF8IsRefused() {
        let malformed: [[UInt8]] = [
            [0x61, 0x80],  // stray continuation byte
            [0x61, 0xC3],  // truncated two-byte sequence
            [0xE1, 0xBA],  // truncated three-byte sequence
            [0xC0, 0xAF],  // overlong
            [0xE0, 0x80, 0xAF],  // overlong
            [0xED, 0xA0, 0x80],  // surrogate
            [0xF4, 0x90, 0x80, 0x80],  // over U+10FFFF
            [0xF0, 0x9F, 0x98],  // truncated four-byte sequence
            [0xFF, 0x61],
        ]
        var scratch = FoldingScratch()
        for bytes in malformed {
            #expect(fold(bytes, &scratch) == nil, "\(bytes)")
            #expect(scratch.folded.isEmpty)
        }
    }

    @Test func acceptsExactlyWhatStringValidationAccepts() {
        var generator = SplitMix64(seed: 8)
        let pieces: [[UInt8]] = [[0x61], [0x20], [0xC3, 0xA9], [0xE1, 0xBB, 0x87], [0xF0, 0x9F, 0x98, 0x80],
                                 [0xD8, 0xA7], [0x80], [0xC3], [0xE1], [0xED, 0xA0], [0xF0, 0x9F], [0xF5], [0xEF, 0xBF, 0xBD]]
        var scratch = FoldingScratch()
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let valid = String(validating: bytes, as: UTF8.self)
            let folded = fold(bytes, &scratch)
            #expect((folded == nil) == (valid == nil), "\(bytes)")
            if let valid, let folded { #expect(folded == Normalizer.normalize(valid).bytes) }
        }
    }
}
