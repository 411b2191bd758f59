import Testing

@testable import TerritoryFormats

/// How `territory merge` joins the slices' CSV files: records, not lines, ordered by their first field as written.
@Suite("Joining the CSV files of plan slices")
struct PlanMergeTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("a record is split at line ends outside quotes only; its key is the first field unquoted, as written")
    func records() {
        let csv = Self.bytes("\u{FEFF}Rep,Note\r\nR2,\"two\r\nlines\"\r\n\"R,1\",x\r\n'=R3,\"a \"\"quote\"\"\"\r\n")
        let r = PlanMerge.records(csv)
        #expect(String(decoding: r.header, as: UTF8.self) == "\u{FEFF}Rep,Note\r\n")
        #expect(r.records.map(\.key) == ["R2", "R,1", "'=R3"])
        #expect(String(decoding: r.records[0].bytes, as: UTF8.self) == "R2,\"two\r\nlines\"\r\n")
    }

    @Test("files join under the first header, records in the order of their key's rank, each file's order kept within a key")
    func join() {
        let a = Self.bytes("H\r\nR2,1\r\nR9,x\r\nR2,2\r\n")
        let b = Self.bytes("H\r\nR1,\"multi\nline\"\r\n\"R,0\",y\r\n")
        let joined = PlanMerge.join([a, b], rank: ["R,0": 0, "R1": 1, "R2": 2])
        #expect(String(decoding: joined, as: UTF8.self) == "H\r\n\"R,0\",y\r\nR1,\"multi\nline\"\r\nR2,1\r\nR2,2\r\nR9,x\r\n")
    }
}
