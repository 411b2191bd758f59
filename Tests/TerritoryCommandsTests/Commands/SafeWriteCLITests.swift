import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// Issue #17 through the built binary: planted links, special files, unwritable and full folders.
@Suite("Safe writes through the built binary", .serialized)
struct SafeWriteCLITests {
    let fixture: Fixture
    let out: URL
    init() throws {
        fixture = try Fixture()
        out = try HostileSetup.folder()
    }

    func path(_ name: String) -> String { out.appendingPathComponent(name).path }

    /// `territory plan` of the fixture for 2026-12, 50 iterations, into `folder`.
    func plan(into folder: String, launcher: [String]? = nil) throws -> BuiltBinary.Result {
        try BuiltBinary.run(
            [
                "plan", "--territory", fixture.directory.path, "--month", "2026-12", "--seed", "5", "--iterations", "50",
                "--out", folder, "--lang", "en",
            ], launcher: launcher)
    }

    /// `territory grade --format csv --out FILE`.
    func grade(to file: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(["grade", "--territory", fixture.directory.path, "--format", "csv", "--out", file, "--lang", "en"])
    }

    func names(in folder: URL) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    @Test("Links planted under thousands of likely temporary names redirect neither plan, grade, report nor export")
    func plantedLinks() throws {
        let victims = try HostileSetup.folder("victim")
        defer { for folder in [out, victims] { try? FileManager.default.removeItem(at: folder) } }
        let victim = victims.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        let outputs = ["plan.json", "plan.csv", "grade.csv", "report.html", "R1.ics"]
        let planted = try HostileSetup.plantLinks(in: out, for: outputs, to: victim)
        #expect(planted > 2500)

        #expect(try plan(into: out.path).status == 0)
        #expect(try grade(to: path("grade.csv")).status == 0)
        let plan = ["--territory", fixture.directory.path, "--plan", path("plan.json")]
        #expect(try BuiltBinary.run(["report"] + plan + ["--out", path("report.html")]).status == 0)
        #expect(try BuiltBinary.run(["export", "ics", "--rep", "R1"] + plan + ["--out", path("R1.ics")]).status == 0)

        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        #expect(try names(in: victims) == ["victim.txt"])
        #expect(outputs.allSatisfy { HostileSetup.kind(path($0)) == S_IFREG })
        let others = try names(in: out).filter { !outputs.contains($0) }
        #expect(others.count == planted)  // only what was planted, every one still a link: no temporary file left
        #expect(others.allSatisfy { HostileSetup.kind(path($0)) == S_IFLNK })
    }

    @Test(
        "A named pipe at plan.json or plan.csv: exit 73 before planning, the pipe left a pipe, neither file written",
        arguments: ["plan.json", "plan.csv"])
    func pipeTarget(name: String) throws {
        #expect(mkfifo(path(name), 0o644) == 0)
        let r = try plan(into: out.path)
        #expect(r.status == 73)
        #expect(r.stdout == "")
        #expect(
            r.stderr.hasSuffix(
                "error: cannot write \(path(name)): is a named pipe (FIFO), not a regular file; "
                    + "refusing to replace it — choose another --out\n"))
        #expect(!r.stderr.contains("容量与需求"))  // refused before the capacity table, so before planning
        #expect(HostileSetup.kind(path(name)) == S_IFIFO)
        #expect(try names(in: out) == [name])
    }

    @Test("A symbolic link at the target: exit 73, the file it points to unchanged (grade, plan, export)")
    func linkTarget() throws {
        let victim = out.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        let refusal = "is a symbolic link; refusing to replace it — remove the link or choose another --out\n"
        for name in ["grade.csv", "plan.json", "R1.ics"] {
            #expect(symlink(victim.path, path(name)) == 0)
        }
        let g = try grade(to: path("grade.csv"))
        #expect(g.status == 73)
        #expect(g.stderr.hasSuffix("error: cannot write \(path("grade.csv")): " + refusal))
        let p = try plan(into: out.path)
        #expect(p.status == 73)
        #expect(p.stderr.hasSuffix("error: cannot write \(path("plan.json")): " + refusal))
        let e = try BuiltBinary.run([
            "export", "ics", "--rep", "R1", "--territory", fixture.directory.path, "--month", "2026-12",
            "--iterations", "50", "--out", path("R1.ics"), "--lang", "en",
        ])
        #expect(e.status == 73)
        #expect(e.stderr.hasSuffix("error: cannot write \(path("R1.ics")): " + refusal))
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        #expect(try names(in: out) == ["R1.ics", "grade.csv", "plan.json", "victim.txt"])
    }

    @Test("A folder path through a regular file: exit 73, nothing written")
    func notAFolder() throws {
        try Data().write(to: out.appendingPathComponent("file"))
        let r = try plan(into: path("file/plans"))
        #expect(r.status == 73)
        #expect(r.stderr.hasSuffix("error: cannot write \(path("file/plans/plan.json")): \(path("file")) is not a folder; choose another --out\n"))
        #expect(try grade(to: path("file/grade.csv")).status == 73)
        #expect(try names(in: out) == ["file"])
        let zh = try BuiltBinary.run(["grade", "--territory", fixture.directory.path, "--format", "csv", "--out", path("file/grade.csv")])
        #expect(zh.status == 73)
        #expect(zh.stderr.hasSuffix("错误：无法写入 \(path("file/grade.csv"))：\(path("file")) 不是文件夹；请换一个 --out\n"))
    }

    @Test(
        "A folder with mode 0555: exit 73 before planning, nothing written",
        .enabled(if: HostileSetup.canDenyWrites, "running as root without setpriv: root writes past chmod 555"))
    func unwritableFolder() throws {
        #expect(chmod(out.path, 0o555) == 0)
        defer { chmod(out.path, 0o755) }
        let r = try plan(into: out.path, launcher: HostileSetup.asNobody)
        #expect(r.status == 73)
        #expect(r.stderr.hasSuffix("error: cannot write \(path("plan.json")): permission denied; choose a folder you may write to with --out\n"))
        #expect(try names(in: out) == [])
    }

    @Test("A read-only file system: exit 73, nothing written", .enabled(if: HostileSetup.canMount, "needs root and mount(8) to make one"))
    func readOnlyFileSystem() throws {
        let point = try #require(HostileSetup.mountTmpfs(kilobytes: 64, readOnly: true))
        defer { HostileSetup.unmount(point) }
        let r = try plan(into: point.path)
        #expect(r.status == 73)
        #expect(r.stderr.hasSuffix("error: cannot write \(point.path)/plan.json: the file system is read-only; choose another --out\n"))
        #expect(try names(in: point) == [])
    }

    @Test(
        "A full file system: exit 73, the previous plan.json and plan.csv whole, no temporary file left",
        .enabled(if: HostileSetup.canMount, "needs root and mount(8) to make a small file system"))
    func fullFileSystem() throws {
        let point = try #require(HostileSetup.mountTmpfs(kilobytes: 64))
        defer { HostileSetup.unmount(point) }
        try Data("old json".utf8).write(to: point.appendingPathComponent("plan.json"))
        try Data("old csv".utf8).write(to: point.appendingPathComponent("plan.csv"))
        let filler = open(point.appendingPathComponent("filler").path, O_WRONLY | O_CREAT, 0o644)
        let block = [UInt8](repeating: 0, count: 4096)
        while write(filler, block, block.count) > 0 {}
        close(filler)
        let r = try plan(into: point.path)
        #expect(r.status == 73)
        #expect(r.stderr.hasSuffix("error: cannot write \(point.path)/plan.json: the disk is full; free some space or choose another --out\n"))
        #expect(try String(contentsOf: point.appendingPathComponent("plan.json"), encoding: .utf8) == "old json")
        #expect(try String(contentsOf: point.appendingPathComponent("plan.csv"), encoding: .utf8) == "old csv")
        #expect(HostileSetup.temporaryFiles(in: point) == [])
    }

    @Test(
        "A folder link another user planted in the --out path is not followed (as root)",
        .enabled(if: HostileSetup.isRoot, "needs root to give a link to another user"))
    func foreignFolderLink() throws {
        let victims = try HostileSetup.folder("victim")
        #expect(symlink(victims.path, path("plans")) == 0)
        #expect(lchown(path("plans"), HostileSetup.nobody, HostileSetup.nobody) == 0)
        let r = try plan(into: path("plans/2026-12"))
        #expect(r.status == 73)
        #expect(r.stderr.contains("the folder path goes through the symbolic link \(path("plans")), which belongs to another user"))
        #expect(try names(in: victims) == [])
    }
}
