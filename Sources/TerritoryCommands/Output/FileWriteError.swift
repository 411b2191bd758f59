#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file that could not be written. Commands print it as `error: cannot write PATH: REASON` and
/// exit with 73 (EX_CANTCREAT); `reason` says what is wrong and what to do about it.
public struct FileWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path given.
    public var path: String
    /// What went wrong and what to do, e.g. `is a symbolic link; refusing to replace it — remove the link or choose another --out`.
    public var reason: String
    /// `cannot write PATH: REASON`.
    public var description: String { "cannot write \(path): \(reason)" }

    /// An error for `path` with its reason.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The reason for a failed system call, by `errno` (`folder`: the folder being opened or created, when that failed).
    static func reason(errno code: Int32, folder: String? = nil) -> String {
        let place = folder.map { " (at \($0))" } ?? ""
        switch code {
        case ENOSPC: return "the disk is full\(place); free some space or choose another --out"
        case EDQUOT: return "the disk quota is used up\(place); free some space or choose another --out"
        case EROFS: return "the file system is read-only\(place); choose another --out"
        case EACCES, EPERM: return "permission denied\(place); choose a folder you may write to with --out"
        case ENOENT: return "no such folder\(place); create it or choose another --out"
        case ENOTDIR: return "\(folder ?? "a part of the path") is not a folder; choose another --out"
        case ENAMETOOLONG: return "the path is too long; choose a shorter --out"
        case ELOOP: return "too many symbolic links in the path\(place); choose another --out"
        case EIO: return "input/output error\(place); check the disk, then try again"
        default: return "\(String(cString: strerror(code)))\(place); choose another --out"
        }
    }

    /// The refusal for an existing target of the kind in `mode` (an `st_mode`), or nil for a regular file.
    static func refusal(mode: mode_t) -> String? {
        let kind: String
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFLNK: return "is a symbolic link; refusing to replace it — remove the link or choose another --out"
        case S_IFDIR: kind = "a folder"
        case S_IFIFO: kind = "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "a special file"
        }
        return "is \(kind), not a regular file; refusing to replace it — choose another --out"
    }

    /// The refusal to follow a symbolic link in the output's folder path that someone else planted.
    static func untrustedLink(_ link: String, owner: uid_t) -> String {
        "the folder path goes through the symbolic link \(link), which belongs to another user (uid \(owner)) "
            + "and not to the owner of its folder; refusing to follow it — remove the link or choose another --out"
    }
}
