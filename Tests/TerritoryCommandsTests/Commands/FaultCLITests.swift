import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// Issue 16, part 3: faults during a run. Two runs to one --out never interleave; a run killed while
/// planning leaves the previous plan whole. (A read-only folder, a read-only and a full file system are
/// in SafeWriteCLITests.)
@Suite("Faults during a run", .serialized)
struct FaultCLITests {
    static let old = "old\n"

    /// An --out folder holding an earlier plan.json and plan.csv.
    static func outWithOldPlan() throws -> URL {
        let out = try HostileSetup.folder("fault")
        for name in ["plan.json", "plan.csv"] { try Data(old.utf8).write(to: out.appendingPathComponent(name)) }
        return out
    }

    static func expectOldPlanWhole(_ out: URL) throws {
        for name in ["plan.json", "plan.csv"] {
            #expect(try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) == old, "\(name)")
        }
        #expect(HostileSetup.temporaryFiles(in: out) == [])
    }

    static func planArguments(_ f: Fixture, out: URL, seed: Int = 1, iterations: Int = 200) -> [String] {
        ["plan", "--territory", f.directory.path, "--month", "2026-12", "--out", out.path, "--seed", String(seed), "--iterations", String(iterations)]
    }

    @Test("A run finding its --out folder locked by another run fails with 73 and replaces nothing, then succeeds once it is free")
    func lockedFolder() throws {
        let f = try Fixture()
        let out = try Self.outWithOldPlan()
        let fd = open(out.path, O_RDONLY | O_DIRECTORY)
        #expect(fd >= 0 && flock(fd, LOCK_EX) == 0)
        let r = try BuiltBinary.run(Self.planArguments(f, out: out) + ["--lang", "en"], environment: ["TERRITORY_LOCK_WAIT_SECONDS": "0"])
        #expect(r.status == 73)
        #expect(
            r.stderr.hasSuffix(
                "error: cannot write \(out.path)/plan.json: another run is writing to the same folder; nothing was replaced. Wait for it to finish, then run again, or choose another --out\n"
            ))
        try Self.expectOldPlanWhole(out)
        close(fd)
        let again = try BuiltBinary.run(Self.planArguments(f, out: out))
        #expect(again.status == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("plan.json"), encoding: .utf8) != Self.old)
    }

    /// The (date, doctor) of every visit in plan.json and in plan.csv.
    static func visits(_ out: URL) throws -> (json: [String], csv: [String]) {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("plan.json"))) as! [String: Any]
        let fromJSON = (json["visits"] as! [[String: Any]]).map { "\($0["date"]!) \($0["doctor_id"]!) \($0["arrival"]!)" }
        let csv = String(decoding: try Data(contentsOf: out.appendingPathComponent("plan.csv")).dropFirst(3), as: UTF8.self)
        let fromCSV = try CSVReader.parse(csv).dropFirst().map { "\($0.fields[1]) \($0.fields[5]) \($0.fields[10])" }
        return (fromJSON, fromCSV)
    }

    @Test("Runs writing to the same --out at once leave plan.json and plan.csv of one and the same run")
    func concurrentRuns() throws {
        let f = try Fixture()
        let out = try HostileSetup.folder("concurrent")
        for round in 0..<3 {
            let results = ResultList()
            DispatchQueue.concurrentPerform(iterations: 3) { k in
                results.append(try? BuiltBinary.run(Self.planArguments(f, out: out, seed: 10 * round + k + 1, iterations: 300)).status)
            }
            #expect(results.all == [0, 0, 0])
            let (json, csv) = try Self.visits(out)
            #expect(json == csv, "round \(round)")
            #expect(HostileSetup.temporaryFiles(in: out) == [])
        }
    }

    @Test(
        "A run killed while planning (SIGTERM, SIGKILL) leaves the previous plan whole and no temporary file",
        arguments: [SIGTERM, SIGKILL])
    func killedWhilePlanning(_ signal: Int32) throws {
        let f = try Fixture()
        let out = try Self.outWithOldPlan()
        let run = try Self.signalWhilePlanning(f, out: out, signal: signal)
        #expect(run.planning)
        #expect(run.process.terminationReason == .uncaughtSignal && run.process.terminationStatus == signal)
        try Self.expectOldPlanWhole(out)
    }

    @Test("Ctrl-C (SIGINT) while planning stops the searches, says which reps were done, writes nothing and exits 130")
    func interruptedWhilePlanning() throws {
        let f = try Fixture()
        let out = try Self.outWithOldPlan()
        let run = try Self.signalWhilePlanning(f, out: out, signal: SIGINT, after: 200_000)
        #expect(run.planning)
        #expect(run.process.terminationReason == .exit && run.process.terminationStatus == 130)
        #expect(run.stderr.contains("interrupted (Ctrl-C): 0 of 2 reps were planned before it; nothing was written\n"))
        try Self.expectOldPlanWhole(out)
    }

    /// Starts a long plan of `f` into `out`, waits until it says it is planning (before solving),
    /// waits `after` microseconds more, sends `signal` and waits for the process to end; a run that
    /// ignored the signal is killed after a minute rather than hanging the suite.
    static func signalWhilePlanning(
        _ f: Fixture, out: URL, signal: Int32, after: useconds_t = 0
    ) throws
        -> (process: Process, planning: Bool, stderr: String)
    {
        let stderr = out.deletingLastPathComponent().appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: stderr) }
        let p = Process()
        p.executableURL = BuiltBinary.executable.url
        p.arguments = planArguments(f, out: out, iterations: 50_000_000) + ["--lang", "en"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = try FileHandle(forWritingTo: stderr)
        try p.run()
        var planning = false
        for _ in 0..<6000 where !planning {
            planning = (try? String(contentsOf: stderr, encoding: .utf8))?.contains("Planning") == true
            if !planning { usleep(10_000) }
        }
        if after > 0 { usleep(after) }
        kill(p.processIdentifier, signal)
        for _ in 0..<6000 where p.isRunning { usleep(10_000) }
        if p.isRunning { kill(p.processIdentifier, SIGKILL) }
        p.waitUntilExit()
        return (p, planning, (try? String(contentsOf: stderr, encoding: .utf8)) ?? "")
    }
}

/// Exit statuses collected from concurrent runs.
final class ResultList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Int32?] = []
    func append(_ x: Int32?) {
        lock.lock()
        items.append(x)
        lock.unlock()
    }
    var all: [Int32?] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
