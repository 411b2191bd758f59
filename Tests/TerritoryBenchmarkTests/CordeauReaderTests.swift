import Testing

@testable import TerritoryBenchmark

@Suite("Cordeau instance reader")
struct CordeauReaderTests {
    static let tiny = """
        1 2 3 5
        0 50
        0 50
        0 50
        0 50
        0 50
          0 0 0 0 0 0 0
          1 3 4 0 10 1 2 3 16
          2 0 1 2 20 2 1 10
          3 -1 0 0 5 1 1 2
        """

    @Test("Header, nodes and combinations are read with day 1 as the most significant bit")
    func readsFields() throws {
        let i = try CordeauReader.parse(Self.tiny, name: "tiny", file: "tiny")
        #expect((i.vehicles, i.customerCount, i.dayCount, i.capacity, i.durationLimit) == (2, 3, 5, 50, 0))
        #expect(i.combinations[1] == [0b11000, 0b00001])  // 3 = 00011 → days 4, 5; 16 = 10000 → day 1
        #expect(i.combinations[2] == [0b01010])  // 10 = 01010 → days 2, 4
        #expect(i.demand == [0, 10, 20, 5])
        #expect(i.service[2] == 2)
        #expect(i.distance(0, 1) == 5)
    }

    @Test(
        "Bad data is reported with file and line",
        arguments: [
            ("1 2 3 5\n0 50\n", "f:3: unexpected end of file"),
            ("2 2 3 1\n", "f:1: problem type 2 is not 1 (PVRP)"),
            ("1 1 1 1\n0 50\n0 0 0 0 0 0 0\n1 1 1 0 x 1 1 1\n", "f:4: demand 'x' is not an integer"),
            ("1 1 1 1\n0 50\n0 0 0 0 0 0 0\n1 1 1 0 5 1 2 1\n", "f:4: 2 combinations announced, 1 given"),
            ("1 1 1 2\n0 50\n0 50\n0 0 0 0 0 0 0\n1 1 1 0 5 1 1 4\n", "f:5: combination 4 is outside 1..<2^2"),
        ])
    func badData(text: String, message: String) {
        #expect(throws: BenchmarkError.self) { try CordeauReader.parse(text, name: "f", file: "f") }
        do { _ = try CordeauReader.parse(text, name: "f", file: "f") } catch {
            #expect(error.message == message)
            #expect(error.exitCode == 65)
        }
    }

    @Test(
        "p11 customer 131 keeps its five one-day combinations despite f = 0",
        .enabled(if: BenchmarkFiles.available))
    func p11Quirk() throws {
        let i = try CordeauReader.read(path: BenchmarkFiles.root + "/pvrp/instances/p11")
        #expect(i.customerCount == 139)
        #expect(i.frequency[131] == 0)
        #expect(i.combinations[131].sorted() == [1, 2, 4, 8, 16])
    }
}
