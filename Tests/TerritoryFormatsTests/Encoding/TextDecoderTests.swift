import Foundation
import Testing

@testable import TerritoryFormats

@Suite("Encoding detection")
struct TextDecoderTests {
    @Test("UTF-8 without BOM")
    func utf8() throws {
        let r = try TextDecoder.decode(Data("医院,1\n".utf8))
        #expect(r.text == "医院,1\n")
        #expect(r.encoding == .utf8)
    }

    @Test("UTF-8 with BOM: the BOM is dropped")
    func bom() throws {
        let r = try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("医院,1\n".utf8)))
        #expect(r.text == "医院,1\n")
        #expect(r.encoding == .utf8WithBOM)
    }

    @Test("GB18030 as Excel saves it on Chinese Windows")
    func gb18030() throws {
        let text = "医院编号,医院名称\nH1,瑞金医院\n"
        let data = try #require(text.data(using: TextDecoder.gb18030))
        #expect(Array(data.prefix(4)) == [0xD2, 0xBD, 0xD4, 0xBA])  // 医院 in GB18030
        let r = try TextDecoder.decode(data)
        #expect(r.text == text)
        #expect(r.encoding == .gb18030)
    }

    @Test(
        "Bytes that fit neither encoding give the offset and line",
        arguments: [
            ([UInt8]([0x61, 0x0A, 0x62, 0xFF, 0x63]), 3, 2),
            ([0x61, 0x0A, 0x0A, 0xD2, 0x0A], 3, 3),
        ])
    func undecodable(bytes: [UInt8], offset: Int, line: Int) {
        #expect(throws: UndecodableText(byteOffset: offset, line: line)) { try TextDecoder.decode(Data(bytes)) }
    }
}
