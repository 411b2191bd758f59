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
}

/// The file being written as the user named it, and the option that named it (`--out`, `--solution`):
/// every error the writer reports is made here, so each says what to do in the words of that option.
struct OutputTarget: Sendable {
    /// The path as given.
    var path: String
    /// The option that named the path.
    var option: String

    /// An error with this reason.
    func error(_ reason: String) -> FileWriteError { FileWriteError(path: path, reason: reason) }

    /// The error for a failed system call, by `errno` (`folder`: the folder being opened, when that failed).
    func error(errno code: Int32, folder: String? = nil) -> FileWriteError { error(reason(errno: code, folder: folder)) }

    /// The reason for a failed system call, by `errno`.
    func reason(errno code: Int32, folder: String? = nil) -> String {
        let place = folder.map { " (at \($0))" } ?? ""
        switch code {
        case ENOSPC: return "the disk is full\(place); free some space or choose another \(option)"
        case EDQUOT: return "the disk quota is used up\(place); free some space or choose another \(option)"
        case EROFS: return "the file system is read-only\(place); choose another \(option)"
        case EACCES, EPERM: return "permission denied\(place); choose a folder you may write to with \(option)"
        case ENOENT: return "no such folder\(place); create it or choose another \(option)"
        case ENOTDIR: return "\(folder ?? "a part of the path") is not a folder; choose another \(option)"
        case ENAMETOOLONG: return "the path is too long; choose a shorter \(option)"
        case ELOOP: return "too many symbolic links in the path\(place); choose another \(option)"
        case EIO: return "input/output error\(place); check the disk, then try again"
        default: return "\(String(cString: strerror(code)))\(place); choose another \(option)"
        }
    }

    /// The refusal of an existing target of the kind in `mode` (an `st_mode`), or nil for a regular file.
    func refusal(mode: mode_t) -> FileWriteError? {
        let kind: String
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFLNK: return error("is a symbolic link; refusing to replace it — remove the link or choose another \(option)")
        case S_IFDIR: kind = "a folder"
        case S_IFIFO: kind = "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "a special file"
        }
        return error("is \(kind), not a regular file; refusing to replace it — choose another \(option)")
    }

    /// The refusal to follow a symbolic link in the folder path that someone else planted.
    func untrustedLink(_ link: String, owner: uid_t) -> FileWriteError {
        error(
            "the folder path goes through the symbolic link \(link), which belongs to another user (uid \(owner)) "
                + "and not to the owner of its folder; refusing to follow it — remove the link or choose another \(option)")
    }
}
