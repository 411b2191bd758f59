#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens the folder an output file goes into, creating missing folders on request, one path component at
/// a time from `/`, so that `AtomicFileWriter` then works relative to that one open folder and nothing
/// swapped in the path afterwards can redirect the write.
///
/// Symbolic links in the folder path are followed only when they belong to the user running the tool or
/// to the owner of the folder they sit in (the rule of Linux's `fs.protected_symlinks`, applied to every
/// folder, not only sticky ones). A link that another user planted in a shared folder — `plans` in a team
/// folder pointing at someone's home — is refused instead of followed. Links are resolved here, not by the
/// kernel, so the rule holds for every link on the way, including links inside a link's target.
///
/// Folders are created with `mkdirat` (mode 0777 less the umask) and then opened with `O_NOFOLLOW`: if
/// something replaces a folder just made with a link, the open fails instead of following it.
enum OutputFolder {
    /// The most symbolic links followed in one path, as the kernel's limit (40 on Linux).
    static let maxLinks = 40

    /// What to do about a folder in the path that does not exist.
    enum Missing {
        /// Fail with "no such folder".
        case fail
        /// Make it.
        case create
        /// Return nil: nothing is there yet, so nothing there can be in the way.
        case stop
    }

    /// An open descriptor of the folder at the absolute `path`, for writing `target`;
    /// nil only when a folder is missing and `missing` is `.stop`. The caller closes the descriptor.
    static func open(_ path: String, missing: Missing, for target: OutputTarget) throws(FileWriteError) -> Int32? {
        let create = missing == .create
        var fd = try openRoot(for: target)
        var pending = Array(components(of: path).reversed())
        var walked = ""
        var links = 0
        var retries = 0  // retries: of the current name, after EINTR or a folder made or removed meanwhile
        func failure(_ error: FileWriteError) -> FileWriteError {
            _ = close(fd)
            return error
        }
        while let name = pending.popLast() {
            let here = walked + "/" + name
            let next = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next >= 0 {
                _ = close(fd)
                fd = next
                walked = here
                retries = 0
                continue
            }
            let code = errno
            if code == ENOENT && missing == .stop {
                _ = close(fd)
                return nil
            }
            if code == EINTR || (code == ENOENT && create) {
                retries += 1
                if retries > 8 { throw failure(target.error(errno: code, folder: here)) }
            }
            if code == EINTR {
                pending.append(name)
                continue
            }
            if code == ENOENT && create {
                if mkdirat(fd, name, 0o777) != 0 && errno != EEXIST {
                    throw failure(
                        target.error(
                            "cannot create the folder \(here): " + target.reason(errno: errno).en,
                            "无法建立文件夹 \(here)：" + target.reason(errno: errno).zh))
                }
                pending.append(name)  // open what is there now, still without following links
                continue
            }
            guard code == ELOOP || code == ENOTDIR || code == EMLINK else {
                throw failure(target.error(errno: code, folder: here))
            }
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                throw failure(target.error(errno: errno, folder: here))
            }
            guard info.st_mode & S_IFMT == S_IFLNK else { throw failure(target.error(errno: ENOTDIR, folder: here)) }
            var folderInfo = stat()
            guard fstat(fd, &folderInfo) == 0 else { throw failure(target.error(errno: errno, folder: walked)) }
            guard info.st_uid == geteuid() || info.st_uid == folderInfo.st_uid else {
                throw failure(target.untrustedLink(here, owner: info.st_uid))
            }
            links += 1
            guard links <= maxLinks, let destination = readLink(fd, name) else {
                throw failure(target.error(errno: links > maxLinks ? ELOOP : errno, folder: here))
            }
            if destination.hasPrefix("/") {
                _ = close(fd)
                fd = try openRoot(for: target)
                walked = ""
            }
            pending.append(contentsOf: components(of: destination).reversed())
        }
        return fd
    }

    /// The names in a path, without empty names and `.`; `..` stays (the kernel resolves it in the folder reached).
    static func components(of path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
    }

    private static func openRoot(for target: OutputTarget) throws(FileWriteError) -> Int32 {
        while true {
            let fd = Self.systemOpen("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 { return fd }
            if errno != EINTR { throw target.error(errno: errno, folder: "/") }
        }
    }

    private static func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
        #if canImport(Glibc)
            Glibc.open(path, flags)
        #elseif canImport(Musl)
            Musl.open(path, flags)
        #else
            Darwin.open(path, flags)
        #endif
    }

    /// The target of the link `name` in the folder `fd`, or nil with `errno` set.
    private static func readLink(_ fd: Int32, _ name: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlinkat(fd, name, &buffer, buffer.count)
        guard n >= 0 else { return nil }
        guard n < buffer.count else {
            errno = ENAMETOOLONG
            return nil
        }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
