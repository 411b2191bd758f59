import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

@Suite("Progress of a run in a terminal")
struct RepCounterTests {
    @Test("each finished rep counts up with the time so far and, until the last, the time left")
    func countsUp() {
        let counter = FinishedReps(total: 3)
        let lines = (0..<3).map { counter.add("R\($0)", language: .en) }
        #expect(lines[0].hasPrefix("[1/3 · ") && lines[0].hasSuffix(" s left] "))
        #expect(lines[1].hasPrefix("[2/3 · ") && lines[1].contains("about"))
        #expect(lines[2].hasPrefix("[3/3 · ") && !lines[2].contains("left"))
        #expect(FinishedReps(total: 2).add("R1", language: .zh).contains("约剩"))
        #expect(counter.ids == ["R0", "R1", "R2"])
    }

    @Test("a run whose standard error is not a terminal prints no counter, only the per-rep lines")
    func quietWhenNotATerminal() throws {
        let f = try Fixture()
        let r = try BuiltBinary.run([
            "plan", "--territory", f.directory.path, "--month", "2026-12", "--iterations", "50",
            "--out", f.directory.appendingPathComponent("out").path, "--lang", "en",
        ])
        #expect(r.status == 0)
        #expect(r.stderr.contains("R1 陈思远: "))
        #expect(!r.stderr.contains("[1/2"))
    }
}
