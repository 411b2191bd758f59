import Foundation
import TestSupport

@testable import TerritoryCommands
@testable import TerritoryFormats

/// What the safe-write tests plant and inspect: links, pipes, small file systems, another user.
enum HostileSetup {
    /// A fresh empty folder under the temporary folder.
    static func folder(_ label: String = "out") throws -> URL {
        try TestScratch.folder(label)
    }

    /// The kind of what sits at `path`, links not followed: `S_IFREG`, `S_IFLNK`, `S_IFIFO`…; nil when nothing is there.
    static func kind(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    /// The permission bits of the file at `path`.
    static func permissions(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    /// Names in `folder` that look like temporary files (`.tmp` at the end).
    static func temporaryFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    /// Symbolic links to `victim` under every name a writer might use for a temporary file of `names`: the
    /// old `.NAME.PID.tmp` for the next `pids` process ids, `NAME.tmp`, `.NAME.tmp`, `NAME~` and a run of
    /// `.territory-…tmp` guesses. Returns how many were planted.
    @discardableResult
    static func plantLinks(in folder: URL, for names: [String], to victim: URL, pids: Int = 500) throws -> Int {
        let last =
            (try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? Int(getpid())
        var planted = 0
        var random = SystemRandomNumberGenerator()
        for name in names {
            var guesses = ["\(name).tmp", ".\(name).tmp", "\(name)~", ".\(name).swp"]
            guesses += (last + 1...last + pids).map { ".\(name).\($0).tmp" }
            guesses += (0..<50).map { _ in AtomicFileWriter.temporaryName(using: &random) }
            for guess in guesses {
                try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(guess).path, withDestinationPath: victim.path)
                planted += 1
            }
        }
        return planted
    }

    /// Whether the tests run as root (who may mount, change owners, and writes past `chmod 555`).
    static let isRoot = geteuid() == 0

    /// Runs a program, returning its exit status (-1 if it could not start).
    @discardableResult
    static func run(_ program: String, _ arguments: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// Mounts a tmpfs of `kilobytes` at a fresh folder (read-only with `readOnly`); nil when mounting is not
    /// allowed here. Unmount with `unmount`.
    static func mountTmpfs(kilobytes: Int, readOnly: Bool = false) -> URL? {
        guard isRoot, FileManager.default.isExecutableFile(atPath: "/bin/mount"), let point = try? folder("mnt") else { return nil }
        let options = "size=\(kilobytes)k,mode=0755" + (readOnly ? ",ro" : "")
        guard run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", point.path]) == 0 else {
            try? FileManager.default.removeItem(at: point)
            return nil
        }
        return point
    }

    /// Unmounts what `mountTmpfs` mounted and removes the folder.
    static func unmount(_ point: URL) {
        if run("/bin/umount", [point.path]) != 0 { run("/bin/umount", ["-l", point.path]) }
        try? FileManager.default.removeItem(at: point)
    }

    /// Whether this machine can mount a small tmpfs (root, and mount allowed in this container).
    static let canMount: Bool = {
        guard let point = mountTmpfs(kilobytes: 64) else { return false }
        unmount(point)
        return true
    }()

    /// `nobody`'s uid, to run the binary as an ordinary user when the tests run as root.
    static let nobody: uid_t = 65534

    /// The arguments that run the built binary as `nobody` through setpriv(1), when the tests run as root
    /// and that works here (the binary and the temporary folder readable by others); nil otherwise.
    static let asNobody: [String]? = {
        guard isRoot, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), let binary = BuiltBinary.executable.url else { return nil }
        let prefix = ["/usr/bin/setpriv", "--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", "--", binary.path]
        return run(prefix[0], Array(prefix.dropFirst()) + ["--version"]) == 0 ? prefix : nil
    }()

    /// Whether a folder with mode 0555 refuses writes to whoever runs the binary: as an ordinary user,
    /// always; as root only through `asNobody` (root writes past the mode bits).
    static let canDenyWrites = !isRoot || asNobody != nil
}
