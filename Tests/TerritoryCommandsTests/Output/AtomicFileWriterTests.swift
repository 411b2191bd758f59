import Foundation
import Testing

@testable import TerritoryCommands
@testable import TerritoryFormats

/// A seeded generator, so a test knows the temporary names the writer will try.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The writer itself: content, mode, exclusive temporary files, refused targets, nothing left behind.
@Suite("AtomicFileWriter", .serialized)
struct AtomicFileWriterTests {
    let dir: URL
    init() throws { dir = try HostileSetup.folder("writer") }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    /// The error `body` throws, or nil (recorded as an issue) when it throws none.
    /// The error `body` throws, in English only (its Chinese reason is tested through the binary).
    func failure(_ body: () throws(FileWriteError) -> Void) -> FileWriteError? {
        do { try body() } catch { return FileWriteError(path: error.path, reason: error.reason) }
        Issue.record("expected a FileWriteError")
        return nil
    }

    @Test("Writes the bytes over a regular file, mode 0666 less the umask, and leaves no temporary file")
    func writes() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("old".utf8).write(to: dir.appendingPathComponent("plan.json"))
        #expect(chmod(path("plan.json"), 0o600) == 0)
        let previous = umask(0o022)
        defer { umask(previous) }
        try AtomicFileWriter.write("新的 plan\n", to: path("plan.json"))
        #expect(try String(contentsOfFile: path("plan.json"), encoding: .utf8) == "新的 plan\n")
        #expect(HostileSetup.permissions(path("plan.json")) == 0o644)
        umask(0o002)  // (a umask that hides files from others would race with the tests that run as nobody)
        try AtomicFileWriter.write("", to: "empty.txt", relativeTo: dir.path)
        #expect(try Data(contentsOf: dir.appendingPathComponent("empty.txt")).isEmpty)
        #expect(HostileSetup.permissions(path("empty.txt")) == 0o664)
        #expect(HostileSetup.temporaryFiles(in: dir) == [])
    }

    @Test("Temporary names are .territory- and 16 random letters and digits; never the same twice")
    func temporaryNames() {
        var random = SystemRandomNumberGenerator()
        let names = (0..<1000).map { _ in AtomicFileWriter.temporaryName(using: &random) }
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.hasPrefix(".territory-") && $0.hasSuffix(".tmp") && $0.count == 11 + 16 + 4 })
    }

    @Test("The temporary file is created exclusively: links planted under the very names tried are skipped, not followed")
    func plantedTemporaryNames() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("secret".utf8).write(to: dir.appendingPathComponent("victim"))
        var preview = SplitMix64(state: 42)
        let names = (0..<21).map { _ in AtomicFileWriter.temporaryName(using: &preview) }
        for (k, name) in names.dropLast().enumerated() {  // every other link dangles: O_CREAT alone would create its target
            #expect(symlink(k % 2 == 0 ? path("victim") : path("created-through-link"), path(name)) == 0)
        }
        let folder = open(dir.path, O_RDONLY | O_DIRECTORY)
        defer { close(folder) }
        var random = SplitMix64(state: 42)
        let (name, fd) = try AtomicFileWriter.createTemporary(in: folder, target: OutputTarget(path: "x", option: "--out"), random: &random)
        close(fd)
        #expect(name == names.last)
        #expect(HostileSetup.kind(path(name)) == S_IFREG)
        #expect(names.dropLast().allSatisfy { HostileSetup.kind(path($0)) == S_IFLNK })
        #expect(try String(contentsOfFile: path("victim"), encoding: .utf8) == "secret")
        #expect(HostileSetup.kind(path("created-through-link")) == nil)
    }

    @Test(
        "A link (even dangling), named pipe or folder at the target is refused, stays as it was, nothing is written",
        arguments: ["link", "dangling link", "named pipe", "folder"])
    func refusedTargets(kind: String) throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("secret".utf8).write(to: dir.appendingPathComponent("victim"))
        let target = path("out.csv")
        switch kind {
        case "link": #expect(symlink(path("victim"), target) == 0)
        case "dangling link": #expect(symlink(path("nowhere"), target) == 0)
        case "named pipe": #expect(mkfifo(target, 0o644) == 0)
        default: try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        }
        let before = HostileSetup.kind(target)
        let error = failure { () throws(FileWriteError) in try AtomicFileWriter.write("new", to: target) }
        let reason =
            kind.hasSuffix("link")
            ? "is a symbolic link; refusing to replace it — remove the link or choose another --out"
            : "is a \(kind == "folder" ? "folder" : "named pipe (FIFO)"), not a regular file; refusing to replace it — choose another --out"
        #expect(error == FileWriteError(path: target, reason: reason))
        #expect(HostileSetup.kind(target) == before)
        #expect(try String(contentsOfFile: path("victim"), encoding: .utf8) == "secret")
        #expect(HostileSetup.kind(path("nowhere")) == nil)
        #expect(HostileSetup.temporaryFiles(in: dir) == [])
    }

    @Test("A device is refused: /dev/null by check, and a device node made here by write (as root)")
    func devices() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let reason = "is a device, not a regular file; refusing to replace it — choose another --out"
        #expect(failure { () throws(FileWriteError) in try AtomicFileWriter.check("/dev/null") } == FileWriteError(path: "/dev/null", reason: reason))
        guard HostileSetup.isRoot, HostileSetup.run("/usr/bin/mknod", [path("null"), "c", "1", "3"]) == 0 else { return }
        #expect(
            failure { () throws(FileWriteError) in try AtomicFileWriter.write("x", to: path("null")) } == FileWriteError(path: path("null"), reason: reason))
        #expect(HostileSetup.kind(path("null")) == S_IFCHR)
        #expect(HostileSetup.temporaryFiles(in: dir) == [])
    }

    @Test("Several files: a refused second target leaves the first as it was and no temporary file")
    func stagedTogether() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("old json".utf8).write(to: dir.appendingPathComponent("plan.json"))
        #expect(mkfifo(path("plan.csv"), 0o644) == 0)
        let error = failure { () throws(FileWriteError) in
            try AtomicFileWriter.write(files: [(path("plan.json"), Array("new".utf8)), (path("plan.csv"), Array("new".utf8))])
        }
        #expect(error?.path == path("plan.csv"))
        #expect(try String(contentsOfFile: path("plan.json"), encoding: .utf8) == "old json")
        #expect(HostileSetup.temporaryFiles(in: dir) == [])
    }

    @Test("Folders: missing ones are refused, or made with createFolders; a regular file in the path is not a folder")
    func folders() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let deep = path("plans/2026-12/plan.json")
        #expect(
            failure { () throws(FileWriteError) in try AtomicFileWriter.write("x", to: deep) }
                == FileWriteError(path: deep, reason: "no such folder (at \(path("plans"))); create it or choose another --out"))
        try AtomicFileWriter.check(deep)  // nothing there yet, so nothing in the way; creates nothing
        #expect(HostileSetup.kind(path("plans")) == nil)
        try AtomicFileWriter.write("x", to: deep, createFolders: true)
        #expect(try String(contentsOfFile: deep, encoding: .utf8) == "x")
        try Data().write(to: dir.appendingPathComponent("file"))
        let below = path("file/sub/plan.json")
        #expect(
            failure { () throws(FileWriteError) in try AtomicFileWriter.write("x", to: below, createFolders: true) }
                == FileWriteError(path: below, reason: "\(path("file")) is not a folder; choose another --out"))
        #expect(
            failure { () throws(FileWriteError) in try AtomicFileWriter.write("x", to: path("..")) }?.reason
                == "does not name a file; give a file name with --out")
    }

    @Test("Links in the folder path: your own are followed, also relative and chained")
    func ownLinks() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(atPath: path("real/inner"), withIntermediateDirectories: true)
        #expect(symlink("real", path("rel")) == 0)
        #expect(symlink(path("rel"), path("abs")) == 0)
        try AtomicFileWriter.write("x", to: path("abs/inner/new/out.txt"), createFolders: true, option: "--solution")
        #expect(try String(contentsOfFile: path("real/inner/new/out.txt"), encoding: .utf8) == "x")
    }

    @Test(
        "A link in the folder path that another user planted in a folder they do not own is not followed (as root)",
        .enabled(if: HostileSetup.isRoot, "needs root to give a link to another user"))
    func foreignLink() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(atPath: path("victim"), withIntermediateDirectories: true)
        #expect(symlink(path("victim"), path("plans")) == 0)
        #expect(lchown(path("plans"), HostileSetup.nobody, HostileSetup.nobody) == 0)
        let target = path("plans/2026-12/plan.json")
        let error = failure { () throws(FileWriteError) in try AtomicFileWriter.write("x", to: target, createFolders: true) }
        #expect(
            error
                == FileWriteError(
                    path: target,
                    reason: "the folder path goes through the symbolic link \(path("plans")), which belongs to "
                        + "another user (uid \(HostileSetup.nobody)) and not to the owner of its folder; refusing to follow it — remove the link or choose another --out"
                ))
        #expect(try FileManager.default.contentsOfDirectory(atPath: path("victim")) == [])
    }
}
