import Foundation

/// Where a territory's files are read from: a folder on disk, or files held in memory (the fuzz
/// targets and tests, which then run the readers at memory speed). Readers only ever read.
public struct TerritoryFiles: Sendable {
    /// The folder: named in messages, and where files given by name are looked for.
    public let directory: URL
    /// The files by name when they are held in memory; nil for a folder on disk.
    let memory: [String: Data]?

    /// The files of a folder on disk.
    public init(directory: URL) {
        self.directory = directory
        memory = nil
    }

    /// Files held in memory by name (`hospitals.csv` …); names not in `files` do not exist. `directory`
    /// is what messages show as their folder.
    public init(inMemory files: [String: Data], directory: URL = URL(fileURLWithPath: "/in-memory")) {
        self.directory = directory
        memory = files
    }

    /// Whether the folder exists (files in memory always have one).
    var folderExists: Bool {
        guard memory == nil else { return true }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether a file of that name exists.
    func exists(_ name: String) -> Bool {
        if let memory { return memory[name] != nil }
        return FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path)
    }

    /// The bytes of a file; nil when it is missing or cannot be read.
    func contents(_ name: String) -> Data? {
        if let memory { return memory[name] }
        return FileManager.default.contents(atPath: directory.appendingPathComponent(name).path)
    }
}
