import Foundation

/// Temporary folders for tests, all under one folder of this test process
/// (`$TMPDIR/territory-tests-PID`), removed when the process exits; folders of test processes
/// that died without exiting are swept when the next run starts.
public enum TestScratch {
    /// This process's folder, created on first use (mode 1777 like /tmp, so tests that run the
    /// binary as another user can still create files in their own folders).
    public static let root: URL = {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory
        let prefix = "territory-tests-"
        for name in (try? fm.contentsOfDirectory(atPath: tmp.path)) ?? [] where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0 && errno == ESRCH {
                try? fm.removeItem(at: tmp.appendingPathComponent(name))
            }
        }
        let url = tmp.appendingPathComponent(prefix + String(getpid()))
        try? fm.createDirectory(at: url, withIntermediateDirectories: true)
        chmod(url.path, 0o1777)
        atexit { TestScratch.removeRoot() }
        return url
    }()

    /// A new empty folder named after `label`.
    public static func folder(_ label: String) throws -> URL {
        let url = root.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes this process's folder and everything in it (tests may leave read-only folders:
    /// permissions are opened first).
    static func removeRoot() {
        let fm = FileManager.default
        if let walker = fm.enumerator(atPath: root.path) {
            for case let path as String in walker { chmod(root.appendingPathComponent(path).path, 0o700) }
        }
        try? fm.removeItem(at: root)
    }
}
