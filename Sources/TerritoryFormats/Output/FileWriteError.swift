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
    /// The same in Chinese.
    public var reasonZH: String
    /// `cannot write PATH: REASON`.
    public var description: String { "cannot write \(path): \(reason)" }
    /// `无法写入 PATH：REASON`.
    public var chinese: String { "无法写入 \(path)：\(reasonZH)" }
    /// The error as a diagnostic, in English and Chinese.
    public var diagnostic: Diagnostic { Diagnostic.error(description).zh(chinese) }

    /// An error for `path` with its reason (in Chinese too; the English one when nil).
    public init(path: String, reason: String, zh: String? = nil) {
        self.path = path
        self.reason = reason
        self.reasonZH = zh ?? reason
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
    func error(_ reason: String, _ zh: String) -> FileWriteError { FileWriteError(path: path, reason: reason, zh: zh) }

    /// The error for a failed system call, by `errno` (`folder`: the folder being opened, when that failed).
    func error(errno code: Int32, folder: String? = nil) -> FileWriteError {
        let r = reason(errno: code, folder: folder)
        return error(r.en, r.zh)
    }

    /// The reason for a failed system call, by `errno`, in English and Chinese.
    func reason(errno code: Int32, folder: String? = nil) -> (en: String, zh: String) {
        let (place, placeZH) = (folder.map { " (at \($0))" } ?? "", folder.map { "（在 \($0)）" } ?? "")
        let (other, otherZH) = ("choose another \(option)", "请换一个 \(option)")
        switch code {
        case ENOSPC: return ("the disk is full\(place); free some space or \(other)", "磁盘已满\(placeZH)；请腾出空间或换一个 \(option)")
        case EDQUOT: return ("the disk quota is used up\(place); free some space or \(other)", "磁盘配额已用完\(placeZH)；请腾出空间或换一个 \(option)")
        case EROFS: return ("the file system is read-only\(place); \(other)", "文件系统只读\(placeZH)；\(otherZH)")
        case EACCES, EPERM:
            return ("permission denied\(place); choose a folder you may write to with \(option)", "没有权限\(placeZH)；请用 \(option) 选一个你可以写入的文件夹")
        case ENOENT: return ("no such folder\(place); create it or \(other)", "没有这个文件夹\(placeZH)；请建立它或换一个 \(option)")
        case ENOTDIR: return ("\(folder ?? "a part of the path") is not a folder; \(other)", "\(folder ?? "路径的一部分") 不是文件夹；\(otherZH)")
        case ENAMETOOLONG: return ("the path is too long; choose a shorter \(option)", "路径太长；请换一个短一些的 \(option)")
        case ELOOP: return ("too many symbolic links in the path\(place); \(other)", "路径中符号链接太多\(placeZH)；\(otherZH)")
        case EIO: return ("input/output error\(place); check the disk, then try again", "输入输出错误\(placeZH)；请检查磁盘后重试")
        default:
            let text = String(cString: strerror(code))
            return ("\(text)\(place); \(other)", "\(text)\(placeZH)；\(otherZH)")
        }
    }

    /// The refusal of an existing target of the kind in `mode` (an `st_mode`), or nil for a regular file.
    func refusal(mode: mode_t) -> FileWriteError? {
        let kind: (en: String, zh: String)
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFLNK:
            return error(
                "is a symbolic link; refusing to replace it — remove the link or choose another \(option)",
                "是符号链接；不予替换——请删除该链接或换一个 \(option)")
        case S_IFDIR: kind = ("a folder", "文件夹")
        case S_IFIFO: kind = ("a named pipe (FIFO)", "命名管道（FIFO）")
        case S_IFCHR, S_IFBLK: kind = ("a device", "设备")
        case S_IFSOCK: kind = ("a socket", "套接字")
        default: kind = ("a special file", "特殊文件")
        }
        return error(
            "is \(kind.en), not a regular file; refusing to replace it — choose another \(option)",
            "是\(kind.zh)，不是普通文件；不予替换——请换一个 \(option)")
    }

    /// The refusal to follow a symbolic link in the folder path that someone else planted.
    func untrustedLink(_ link: String, owner: uid_t) -> FileWriteError {
        error(
            "the folder path goes through the symbolic link \(link), which belongs to another user (uid \(owner)) "
                + "and not to the owner of its folder; refusing to follow it — remove the link or choose another \(option)",
            "文件夹路径经过符号链接 \(link)，它属于另一个用户（uid \(owner)）而不属于其所在文件夹的主人；不予跟随——请删除该链接或换一个 \(option)")
    }
}
