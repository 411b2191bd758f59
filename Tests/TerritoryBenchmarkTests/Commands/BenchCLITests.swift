import Foundation
import TestSupport
import Testing

@testable import TerritoryBenchmark

/// `territory-bench` through the built binary: help text, usage errors and exit codes, and a
/// short reproducible `pvrp` run with its solution file.
@Suite("territory-bench command line", .serialized, .enabled(if: BuiltBench.available))
struct BenchCLITests {
    /// Six customers, two days, two vehicles of capacity 50; customers 2 and 4 need both days.
    static let tiny = """
        1 2 6 2
        0 50
        0 50
          0 0 0 0 0 0 0
          1 10 0 0 10 1 2 1 2
          2 10 10 0 20 2 1 3
          3 0 10 0 15 1 2 1 2
          4 -10 5 0 10 2 1 3
          5 -5 -10 0 25 1 2 1 2
          6 8 -6 0 5 1 2 1 2

        """

    @Test("territory-bench --help prints the overview and the commands in territory's layout, exit 0")
    func help() throws {
        let r = try BuiltBench.run(["--help"])
        #expect(
            r
                == .init(
                    stdout: """
                        territory-bench: measure the Territory routing solver on published benchmarks

                        usage: territory-bench <command> [options]

                        COMMANDS:
                          pvrp      Solve one Cordeau PVRP instance and print its independently checked cost
                          suite     Solve the Cordeau PVRP instances (all 42, or those named) and compare with bks.csv
                          tsp       Solve one TSPLIB EUC_2D instance as one day, one vehicle, and print its length
                          generate  Write a seeded sales district as a territory folder (hospitals, doctors, reps, managers, leave)
                          scale     Plan generated territories of growing size with the territory binary: time, reps/s, peak memory, coverage, travel

                        OPTIONS:
                          -h, --help     Show this help
                              --version  Show the version

                        Run 'territory-bench <command> --help' for a command's options.

                        """, stderr: "", status: 0))
    }

    @Test("scale plans each size with the territory binary, whole or as slices merged, and prints one line per size")
    func scale() throws {
        let work = try TestScratch.folder("bench-scale")
        for shards in ["1", "2"] {
            let r = try BuiltBench.run([
                "scale", "--reps", "2,3", "--doctors-per-rep", "12", "--iterations", "50", "--shards", shards, "--work", work.path,
            ])
            #expect(r.status == 0, "\(r.stderr)")
            let lines = r.stdout.split(separator: "\n")
            #expect(lines.first.map(String.init) == "reps  doctors  wall s  cpu s  reps/s  peak MiB  planned/required  red planned/required  travel km")
            #expect(lines.dropFirst().map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["2 24", "3 36"] as [String])
        }
        let plan = try String(contentsOf: work.appendingPathComponent("p3/plan.json"), encoding: .utf8)
        #expect(plan.contains("\"rep_id\": \"S003\"") && !plan.contains("\"shard\""))  // the merged whole plan
        let bad = try BuiltBench.run(["scale", "--reps", "10,5"])
        #expect(bad.status == 64 && bad.stderr.contains("ascending"))
    }

    @Test("Without a command the overview goes to standard error with exit 64")
    func noSubcommand() throws {
        let r = try BuiltBench.run([])
        #expect(r == .init(stdout: "", stderr: BenchmarkTool.tool.help, status: 64))
    }

    @Test(
        "Each command's --help prints its own help, exit 0",
        arguments: [
            ("pvrp", PVRPCommand().help), ("suite", SuiteCommand().help), ("tsp", TSPCommand().help), ("generate", GenerateCommand().help),
            ("scale", ScaleCommand().help),
        ])
    func subcommandHelp(subcommand: String, text: String) throws {
        let r = try BuiltBench.run([subcommand, "--help"])
        #expect(r == .init(stdout: text, stderr: "", status: 0))
    }

    @Test("pvrp --help opens with its summary, usage line and options, as territory's commands do")
    func pvrpUsageLine() throws {
        let r = try BuiltBench.run(["pvrp", "-h"])
        #expect(
            r.stdout.hasPrefix(
                """
                territory-bench pvrp: Solve one Cordeau PVRP instance and print its independently checked cost

                usage: territory-bench pvrp FILE [--time-limit S] [--iterations N] [--seed N] [--solution FILE]

                OPTIONS:
                      --time-limit S   Wall-clock seconds per run (default 30)

                """))
    }

    @Test(
        "Usage errors: the message, the usage line and where help is, exit 64 (territory's dialect)",
        arguments: [
            (["frob"], "error: unknown command \"frob\"\nSee 'territory-bench --help'.\n"),
            (["pvrp", "--bogus", "x"], "error: unknown option \"--bogus\"\n" + PVRPCommand().usage + "\nSee 'territory-bench pvrp --help'.\n"),
            (["suite", "--seeds"], "error: option --seeds needs a value (K)\n" + SuiteCommand().usage + "\nSee 'territory-bench suite --help'.\n"),
            (["pvrp"], "error: missing FILE: name the Cordeau instance to solve\n" + PVRPCommand().usage + "\nSee 'territory-bench pvrp --help'.\n"),
            (["tsp", "a", "b"], "error: unexpected argument \"b\"\n" + TSPCommand().usage + "\nSee 'territory-bench tsp --help'.\n"),
            (
                ["pvrp", "tiny", "--time-limit", "0"],
                "error: invalid --time-limit \"0\"; expected seconds > 0, e.g. 30\n" + PVRPCommand().usage + "\nSee 'territory-bench pvrp --help'.\n"
            ),
            (
                ["pvrp", "tiny", "--iterations", "-3"],
                "error: invalid --iterations \"-3\"; expected a whole number ≥ 0\n" + PVRPCommand().usage + "\nSee 'territory-bench pvrp --help'.\n"
            ),
        ])
    func usageErrors(arguments: [String], message: String) throws {
        let dir = try BuiltBench.directory(with: ["tiny": Self.tiny])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BuiltBench.run(arguments, in: dir)
        #expect(r == .init(stdout: "", stderr: message, status: 64))
    }

    @Test("A missing instance file exits 66")
    func missingFile() throws {
        let dir = try BuiltBench.directory(with: [:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BuiltBench.run(["pvrp", "nowhere"], in: dir)
        #expect(r == .init(stdout: "", stderr: "error: nowhere: cannot read the file\n", status: 66))
    }

    @Test("A malformed instance exits 65 naming the file and line")
    func malformed() throws {
        let dir = try BuiltBench.directory(with: ["bad": "1 1 1 1\n0 50\n0 0 0 0 0 0 0\n1 1 1 0 x 1 1 1\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BuiltBench.run(["pvrp", "bad"], in: dir)
        #expect(r == .init(stdout: "", stderr: "error: bad:4: demand 'x' is not an integer\n", status: 65))
    }

    @Test("pvrp with a seed and an iteration count prints the checked cost and writes the solution")
    func pvrpRun() throws {
        let dir = try BuiltBench.directory(with: ["tiny": Self.tiny])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BuiltBench.run(["pvrp", "tiny", "--iterations", "200", "--seed", "1", "--solution", "out.json"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("tiny 125.14 "))
        #expect(r.stderr.hasPrefix("tiny: n=6 t=2 m=2, solving…\n200 iterations, "))

        let data = try Data(contentsOf: dir.appendingPathComponent("out.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(json.keys) == ["instance", "cost", "seconds", "routes"])
        #expect(json["instance"] as? String == "tiny")
        #expect(json["cost"] as? Double == 125.141574)
        let routes = try #require(json["routes"] as? [[String: Any]])
        #expect(routes.allSatisfy { Set($0.keys) == ["day", "vehicle", "customers"] })
        let visits = routes.map { ($0["day"] as? Int ?? 0, $0["vehicle"] as? Int ?? 0, $0["customers"] as? [Int] ?? []) }
        #expect(visits.allSatisfy { (1...2).contains($0.0) && (1...2).contains($0.1) })
        // Every customer once per visit: 2 and 4 on both days, the others once.
        #expect(visits.flatMap(\.2).sorted() == [1, 2, 2, 3, 4, 4, 5, 6])
    }

    @Test("The same seed and iteration count print the same cost and routes")
    func reproducible() throws {
        let dir = try BuiltBench.directory(with: ["tiny": Self.tiny])
        defer { try? FileManager.default.removeItem(at: dir) }
        let args = ["pvrp", "tiny", "--iterations", "200", "--seed", "7", "--solution"]
        let a = try BuiltBench.run(args + ["a.json"], in: dir)
        let b = try BuiltBench.run(args + ["b.json"], in: dir)
        #expect(a.status == 0 && b.status == 0)
        #expect(a.stdout.split(separator: " ").prefix(2) == b.stdout.split(separator: " ").prefix(2))
        func routes(_ name: String) throws -> String {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            return String(text[text.range(of: "\"routes\"")!.lowerBound...])
        }
        #expect(try routes("a.json") == routes("b.json"))
    }

    @Test("A --solution path naming a named pipe or a symbolic link is refused before solving (73) and left as it was")
    func solutionNotRegular() throws {
        let dir = try BuiltBench.directory(with: ["tiny": Self.tiny, "victim.json": "keep\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkfifo(dir.appendingPathComponent("pipe.json").path, 0o644) == 0)
        let pipe = try BuiltBench.run(["pvrp", "tiny", "--iterations", "50", "--solution", "pipe.json"], in: dir)
        #expect(
            pipe
                == .init(
                    stdout: "",
                    stderr: "error: cannot write pipe.json: is a named pipe (FIFO), not a regular file; "
                        + "refusing to replace it — choose another --solution\n", status: 73))
        var info = stat()
        #expect(lstat(dir.appendingPathComponent("pipe.json").path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.json").path, withDestinationPath: "victim.json")
        let link = try BuiltBench.run(["pvrp", "tiny", "--iterations", "50", "--solution", "link.json"], in: dir)
        #expect(link.status == 73)
        #expect(
            link.stderr.hasSuffix("error: cannot write link.json: is a symbolic link; refusing to replace it — remove the link or choose another --solution\n"))
        #expect(try String(contentsOf: dir.appendingPathComponent("victim.json"), encoding: .utf8) == "keep\n")
    }
}
