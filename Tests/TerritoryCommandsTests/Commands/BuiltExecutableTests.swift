import Foundation
import TestSupport
import Testing

@Suite("Running built executables")
struct BuiltExecutableTests {
    @Test("a child that writes a megabyte to stderr before its stdout is read to the end, with its exit status")
    func bigStderrFirst() throws {
        // Far beyond a pipe buffer (64 KiB on Linux): reading stdout to the end before stderr would hang here.
        let sh = BuiltExecutable(url: URL(fileURLWithPath: "/bin/sh"))
        let r = try sh.run(["-c", "yes e | head -c 1000000 >&2; yes o | head -c 1000000; exit 3"])
        #expect(r.stderr == String(repeating: "e\n", count: 500_000))
        #expect(r.stdout == String(repeating: "o\n", count: 500_000))
        #expect(r.status == 3)
    }

    @Test("both package executables are found beside the test bundle")
    func found() {
        #expect(BuiltBinary.executable.url?.lastPathComponent == "territory")
        #expect(BuiltExecutable(named: "territory-bench").url?.lastPathComponent == "territory-bench")
    }
}
