import Foundation

/// An output file that could not be written.
public struct FileWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path given.
    public var path: String
    /// The system's reason.
    public var reason: String
    /// `cannot write PATH: REASON`.
    public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes a file all at once: into a temporary file in the same folder, then renamed over the target,
/// so readers never see half a file and a failed run leaves the old file intact.
public enum AtomicFileWriter {
    /// Writes `text` as UTF-8 to `path` (relative paths resolve against `directory`).
    public static func write(_ text: String, to path: String, relativeTo directory: String? = nil) throws(FileWriteError) {
        let url = resolve(path, relativeTo: directory)
        let folder = url.deletingLastPathComponent()
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temp)
        } catch {
            throw FileWriteError(path: path, reason: reason(of: error))
        }
        if rename(temp.path, url.path) != 0 {
            let message = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            throw FileWriteError(path: path, reason: message)
        }
    }

    /// `path` as a file URL, relative paths against `directory` (or the current directory).
    public static func resolve(_ path: String, relativeTo directory: String?) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        let base = directory ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: base).appendingPathComponent(path)
    }

    private static func reason(of error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileNoSuchFileError, NSFileWriteNoPermissionError, NSFileWriteUnknownError:
                return ns.code == NSFileWriteNoPermissionError ? "permission denied" : "no such folder"
            default: break
            }
        }
        return ns.localizedDescription
    }
}
