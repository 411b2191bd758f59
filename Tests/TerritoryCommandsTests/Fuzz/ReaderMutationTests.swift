import Foundation
import TerritoryModel
import TerritoryPlanner
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// Issue 16, part 2: a seeded mutation test of every reader, bounded so it runs in CI. Each corpus file
/// of Tests/Fixtures/fuzz is mutated byte-wise (bit flips, bytes that matter to CSV, JSON and UTF-8,
/// insertions, deletions, repeats, splices from other files; the test module's seeded `SplitMix64`) and
/// read in-process. Reaching the end is the "no crash, no hang" half; the other half is that every
/// failure is a structured diagnostic: an error naming its file, with exit code 65 or 66.
@Suite("Reader mutations", .serialized)
struct ReaderMutationTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")
    /// Mutated inputs per corpus file and reader.
    static let rounds = 300

    static func file(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: corpus.appendingPathComponent(name))) }

    /// Bytes that change how CSV, JSON, UTF-8/GB18030 and times parse.
    static let interesting: [[UInt8]] = [
        [0x00], [0x22], [0x2C], [0x0A], [0x0D], [0x0D, 0x0A], [0xFF], [0xE4], [0xE4, 0xBD], [0x80], [0x81, 0x30], [0xEF, 0xBB, 0xBF],
        Array("{".utf8), Array("}".utf8), Array("[".utf8), Array("]".utf8), Array(":".utf8), Array("-".utf8), Array(";".utf8),
        Array("\"\"".utf8), Array("24:00".utf8), Array("-1".utf8), Array("1e999".utf8), Array("NaN".utf8),
        Array("99999999999999999999".utf8), Array("\u{202E}".utf8), Array("9亿".utf8), Array("\\u0000".utf8), Array("null".utf8),
    ]

    /// One to four mutations of `input`, with material spliced from `others`.
    static func mutate(_ input: [UInt8], others: [[UInt8]], using rng: inout SplitMix64) -> [UInt8] {
        var b = input
        for _ in 0..<[1, 1, 1, 2, 2, 3, 4].randomElement(using: &rng)! {
            let at = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &rng)
            let operation = Int.random(in: 0..<13, using: &rng)
            switch b.isEmpty ? 4 : operation {
            case 0, 1: b[at] ^= UInt8(1) << UInt8.random(in: 0...7, using: &rng)
            case 2, 3: b[at] = interesting.randomElement(using: &rng)![0]
            case 4, 5: b.insert(contentsOf: interesting.randomElement(using: &rng)!, at: at)
            case 6, 7: b.removeSubrange(at..<min(b.count, at + Int.random(in: 1...16, using: &rng)))
            case 8, 9: b.insert(contentsOf: b[at..<min(b.count, at + Int.random(in: 1...40, using: &rng))], at: at)
            case 10, 11:
                let other = others.randomElement(using: &rng)!
                guard !other.isEmpty else { continue }
                let from = Int.random(in: 0..<other.count, using: &rng)
                b.insert(contentsOf: other[from..<min(other.count, from + Int.random(in: 1...60, using: &rng))], at: at)
            default: b = Array(b.prefix(at))
            }
        }
        return b
    }

    /// Every diagnostic of a refusal is an error or warning with its file named, and the exit code is 65 or 66.
    static func expectStructured(_ error: TerritoryLoadError, _ label: String) {
        #expect(!error.errors.isEmpty, "\(label): refused without an error")
        #expect(error.errors.allSatisfy { $0.file != nil && !$0.message.isEmpty }, "\(label): \(error.description)")
        #expect([ExitCode.dataError, ExitCode.noInput].contains(error.exitCode), "\(label)")
    }

    static let territoryFiles = ["hospitals.csv", "doctors.csv", "reps.csv", "rules.json", "managers.csv"]
    static let planFiles = ["leave.csv", "travel_times.csv"]

    @Test("the encoding detector and the CSV reader take any bytes")
    func csvReader() throws {
        let names = ["hospitals.csv", "hospitals-gb18030.csv", "doctors.csv", "reps.csv", "managers.csv", "leave.csv", "travel_times.csv", "calls.csv"]
        let files = try names.map(Self.file)
        var rng = SplitMix64(state: 16)
        for (name, bytes) in zip(names, files) {
            for _ in 0..<Self.rounds * 10 {
                let input = Self.mutate(bytes, others: files, using: &rng)
                do {
                    let (text, _) = try TextDecoder.decode(Data(input))
                    do {
                        let records = try CSVReader.parse(text)
                        #expect(records.allSatisfy { $0.line >= 1 }, "\(name)")
                    } catch {
                        #expect(error.line >= 1 && error.column >= 1, "\(name)")
                    }
                } catch {
                    #expect(error.byteOffset >= 0 && error.byteOffset < max(1, input.count) && error.line >= 1, "\(name)")
                }
            }
        }
    }

    @Test("the territory loader, leave.csv and travel_times.csv: a territory or structured errors")
    func territoryLoader() throws {
        let all = Self.territoryFiles + Self.planFiles
        let files = try all.map(Self.file)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("territory-mutations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var rng = SplitMix64(state: 17)
        for (name, bytes) in zip(all, files) { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        var loaded = 0
        var refused = 0
        for (k, name) in all.enumerated() {
            defer { try? Data(files[k]).write(to: folder.appendingPathComponent(name)) }
            for _ in 0..<Self.rounds {
                try Data(Self.mutate(files[k], others: files, using: &rng)).write(to: folder.appendingPathComponent(name))
                do {
                    let territory = try TerritoryLoader.load(directory: folder)
                    #expect(territory.warnings.allSatisfy { $0.severity != .error }, "\(name)")
                    do {
                        let inputs = try PlanInputs.load(directory: folder, territory: territory.territory)
                        loaded += 1
                        let month = YearMonth(year: 2026, month: 12)!
                        let warnings = inputs.monthWarnings(
                            territory: territory.territory, repIDs: territory.territory.reps.map(\.id), month: month,
                            workingDays: WorkCalendar.weekdays.workingDays(in: month))
                        #expect(warnings.allSatisfy { $0.severity == .warning && $0.code != nil }, "\(name)")
                    } catch {
                        refused += 1
                        Self.expectStructured(error, name)
                    }
                } catch {
                    refused += 1
                    Self.expectStructured(error, name)
                }
            }
        }
        // The mutations reach both outcomes (the seed fixes the exact counts).
        #expect(loaded > Self.rounds / 4 && refused > Self.rounds, "loaded \(loaded), refused \(refused)")
    }

    @Test("rules.json: rules or errors that name rules.json")
    func rulesReader() throws {
        let bytes = try Self.file("rules.json")
        let others = [bytes, try Self.file("plan.json")]
        var rng = SplitMix64(state: 18)
        for _ in 0..<Self.rounds * 20 {
            let input = Self.mutate(bytes, others: others, using: &rng)
            guard let text = try? TextDecoder.decode(Data(input)).text else { continue }
            var diagnostics: [Diagnostic] = []
            let rules = RulesReader.parse(text, diagnostics: &diagnostics)
            #expect(diagnostics.allSatisfy { $0.file == RulesReader.fileName })
            if rules == nil { #expect(diagnostics.contains { $0.severity == .error }, "\(text)") }
            if let rules { #expect(rules.validationProblems().isEmpty, "\(text)") }
        }
    }

    @Test("calls.csv: a call log or structured errors")
    func callLog() throws {
        let fixture = try Fixture()
        let territory = try fixture.load().territory
        let bytes = try Self.file("calls.csv")
        let others = [bytes, try Self.file("doctors.csv")]
        let url = fixture.directory.appendingPathComponent("calls.csv")
        let month = YearMonth(year: 2026, month: 12)!
        var rng = SplitMix64(state: 19)
        for _ in 0..<Self.rounds * 2 {
            try Data(Self.mutate(bytes, others: others, using: &rng)).write(to: url)
            do {
                let log = try CallLog.load(
                    url, mustExist: true, territory: territory, month: month, asOf: CalendarDate(year: 2026, month: 12, day: 10)!,
                    calendar: .weekdays, leave: [])
                #expect(log.warnings.allSatisfy { $0.severity != .error })
            } catch {
                Self.expectStructured(error, "calls.csv")
            }
        }
    }

    @Test("plan.json: a plan or structured errors")
    func planReader() throws {
        let fixture = try Fixture()
        let bytes = try Self.file("plan.json")
        let others = [bytes, try Self.file("rules.json")]
        let url = fixture.directory.appendingPathComponent("plan.json")
        var rng = SplitMix64(state: 20)
        for _ in 0..<Self.rounds * 2 {
            try Data(Self.mutate(bytes, others: others, using: &rng)).write(to: url)
            do {
                _ = try PlanFile.read(url)
            } catch {
                Self.expectStructured(error, "plan.json")
            }
        }
    }
}
