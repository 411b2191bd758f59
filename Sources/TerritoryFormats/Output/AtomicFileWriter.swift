import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one way `territory` writes a file: every `--out` and every default output goes through here.
///
/// A write either puts the whole new file at the path the user named or leaves what was there untouched:
/// 1. The folder is opened component by component (see `OutputFolder`; made first when asked), and every
///    step below works relative to that open folder, so nothing renamed in the path meanwhile redirects it.
/// 2. The target is looked at without following links (`fstatat`, `AT_SYMLINK_NOFOLLOW`): a symbolic link,
///    folder, named pipe, device or socket there is refused before anything is written. Only a regular
///    file is ever replaced.
/// 3. The data goes into a new temporary file `.territory-<16 random letters and digits>.tmp` in the same
///    folder, created with `O_CREAT|O_EXCL|O_NOFOLLOW` (mode 0666 less the umask, so usually 0644): a link
///    or file planted under any name makes the open fail and another random name is tried; nothing planted
///    is ever opened. The bytes are written in full (short writes and `EINTR` continue) and `fsync`ed.
/// 4. The target is looked at again, then the temporary file takes its place: by `linkat` when there was
///    no file (which fails rather than replaces if something appeared meanwhile), by `renameat` over a
///    regular file. Then the folder is `fsync`ed, so the new name survives a power cut.
///
/// 5. Steps 4 of all the files written together run under an exclusive `flock` on each folder, so two runs
///    writing to the same `--out` at once never interleave: the folder ends with one run's plan.json and
///    plan.csv, never one of each. A run waits up to `lockWaitSeconds` (environment
///    `TERRITORY_LOCK_WAIT_SECONDS`) for the other, then fails (exit 73) with nothing replaced.
///
/// On any failure the temporary file is removed and the target is as it was. A crash or kill between steps
/// can leave a `.territory-….tmp` file behind in the folder, but never an empty or partial target.
/// The new file has mode 0666 less the umask, whatever the mode of the file it replaces.
///
/// Left open: someone who may write to the folder could swap a regular target for a special file in the
/// instant between the second look and `renameat` (they could as well delete it); on macOS `fsync` does
/// not flush the drive's own cache (`F_FULLFSYNC` would).
public enum AtomicFileWriter {
    /// Writes `text` as UTF-8 to `path` (relative paths resolve against `directory`, else the current folder).
    /// With `createFolders`, missing folders on the way are made. `option` is the command-line option that
    /// named the path; errors advise choosing another one.
    public static func write(
        _ text: String, to path: String, relativeTo directory: String? = nil,
        createFolders: Bool = false, option: String = "--out"
    ) throws(FileWriteError) {
        try write(bytes: Array(text.utf8), to: path, relativeTo: directory, createFolders: createFolders, option: option)
    }

    /// Writes `bytes` to `path` as described for the type.
    public static func write(
        bytes: [UInt8], to path: String, relativeTo directory: String? = nil,
        createFolders: Bool = false, option: String = "--out"
    ) throws(FileWriteError) {
        try write(files: [(path, bytes)], relativeTo: directory, createFolders: createFolders, option: option)
    }

    /// Writes several files that belong together (plan.json and plan.csv): every file is written to its
    /// temporary file and flushed before the first one takes its place, so a full disk or a refused target
    /// leaves all of them as they were.
    public static func write(
        files: [(path: String, bytes: [UInt8])], relativeTo directory: String? = nil,
        createFolders: Bool = false, option: String = "--out"
    ) throws(FileWriteError) {
        var staged: [Staged] = []
        defer { for file in staged { _ = close(file.folder) } }
        var published = 0
        do {
            for (path, bytes) in files {
                staged.append(try stage(bytes, to: OutputTarget(path: path, option: option), relativeTo: directory, createFolders: createFolders))
            }
            try lockFolders(staged)
            for file in staged {
                try publish(file.temporary, as: file.name, in: file.folder, target: file.target)
                published += 1
            }
        } catch {
            for file in staged.dropFirst(published) { _ = unlinkat(file.folder, file.temporary, 0) }
            throw error
        }
        for file in staged { try syncFolder(file.folder, target: file.target) }
    }

    /// How long a run waits for another run writing to the same folder, in seconds (default 30).
    static var lockWaitSeconds: Double {
        ProcessInfo.processInfo.environment["TERRITORY_LOCK_WAIT_SECONDS"].flatMap(Double.init).map { max(0, $0) } ?? 30
    }

    /// Takes an exclusive `flock` on each distinct folder of `staged` (held until the descriptors close);
    /// throws (the caller removes the temporary files) when another run keeps one locked longer than `lockWaitSeconds`.
    static func lockFolders(_ staged: [Staged]) throws(FileWriteError) {
        var locked = Set<[UInt64]>()
        let deadline = Date().addingTimeInterval(lockWaitSeconds)
        for file in staged {
            var info = stat()
            guard fstat(file.folder, &info) == 0, locked.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { continue }
            while flock(file.folder, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                if code == EINTR { continue }
                if code == ENOLCK || code == ENOTSUP || code == EOPNOTSUPP || code == EINVAL { break }  // no locks on this file system
                guard code == EWOULDBLOCK, Date() < deadline else {
                    throw file.target.error(
                        "another run is writing to the same folder; nothing was replaced. Wait for it to finish, then run again, or choose another \(file.target.option)",
                        "另一次运行正在写入同一个文件夹；没有替换任何文件。请等它结束后再运行，或换一个 \(file.target.option)"
                    )
                }
                usleep(20_000)
            }
        }
    }

    /// A file written to its temporary file, not yet in place.
    struct Staged {
        /// The open folder.
        var folder: Int32
        /// The temporary file's name in `folder`.
        var temporary: String
        /// The target's name in `folder`.
        var name: String
        /// The path as given, for messages.
        var target: OutputTarget
    }

    /// Opens the folder, checks the target, writes `bytes` to a new temporary file and flushes it. On failure
    /// nothing is left behind (the temporary file removed, the folder closed).
    static func stage(_ bytes: [UInt8], to target: OutputTarget, relativeTo directory: String?, createFolders: Bool) throws(FileWriteError) -> Staged {
        let (folderPath, name) = try split(target, relativeTo: directory)
        guard let folder = try OutputFolder.open(folderPath, missing: createFolders ? .create : .fail, for: target) else {
            throw target.error(errno: ENOENT)
        }
        do throws(FileWriteError) {
            _ = try targetExists(name, in: folder, target: target)
            var random = SystemRandomNumberGenerator()
            let (temporary, fd) = try createTemporary(in: folder, target: target, random: &random)
            do {
                try writeAll(bytes, to: fd, target: target)
            } catch {
                _ = unlinkat(folder, temporary, 0)
                throw error
            }
            return Staged(folder: folder, temporary: temporary, name: name, target: target)
        } catch {
            _ = close(folder)
            throw error
        }
    }

    /// Checks, without creating or writing anything, that `path` may be written: every folder that exists
    /// on the way can be opened and holds no untrusted link, the target is absent or a regular file, and its
    /// folder, if it exists, is writable.
    /// Commands call it before long work so a bad `--out` fails at once; `write` checks everything again.
    public static func check(_ path: String, relativeTo directory: String? = nil, option: String = "--out") throws(FileWriteError) {
        let target = OutputTarget(path: path, option: option)
        let (folderPath, name) = try split(target, relativeTo: directory)
        guard let folder = try OutputFolder.open(folderPath, missing: .stop, for: target) else { return }
        defer { _ = close(folder) }
        _ = try targetExists(name, in: folder, target: target)
        // A folder the user may not write to, or on a read-only file system, fails now rather than after the work.
        if faccessat(folder, ".", W_OK, AT_EACCESS) != 0 {
            let code = errno
            if code == EACCES || code == EPERM || code == EROFS { throw target.error(errno: code) }
        }
    }

    /// `path` as a file URL, relative paths against `directory` (or the current directory).
    public static func resolve(_ path: String, relativeTo directory: String?) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        let base = directory ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: base).appendingPathComponent(path)
    }

    /// The start of every temporary file's name.
    public static let temporaryPrefix = ".territory-"
    /// The end of every temporary file's name.
    public static let temporarySuffix = ".tmp"

    /// The absolute folder and the file name of `path`; refuses paths that name no file (`/`, `..`, `dir/.`).
    static func split(_ target: OutputTarget, relativeTo directory: String?) throws(FileWriteError) -> (folder: String, name: String) {
        let path = target.path
        let url = resolve(path, relativeTo: directory)
        let name = url.lastPathComponent
        guard !path.isEmpty, !name.isEmpty, name != "/", name != ".", name != "..", !path.hasSuffix("/.") else {
            throw target.error("does not name a file; give a file name with \(target.option)", "没有指明文件；请用 \(target.option) 给出文件名")
        }
        return (url.deletingLastPathComponent().path, name)
    }

    /// Whether `name` exists in `folder` as a regular file; throws the refusal for anything else.
    static func targetExists(_ name: String, in folder: Int32, target: OutputTarget) throws(FileWriteError) -> Bool {
        var info = stat()
        if fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
            if let refusal = target.refusal(mode: info.st_mode) { throw refusal }
            return true
        }
        if errno == ENOENT { return false }
        throw target.error(errno: errno)
    }

    /// A new temporary file in `folder`, created exclusively under a random name, and its open descriptor.
    static func createTemporary(
        in folder: Int32, target: OutputTarget,
        random: inout some RandomNumberGenerator
    ) throws(FileWriteError) -> (name: String, fd: Int32) {
        for _ in 0..<64 {
            let name = temporaryName(using: &random)
            let fd = openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd >= 0 { return (name, fd) }
            let code = errno
            if code == EEXIST || code == ELOOP || code == EINTR { continue }  // something sits under that name: another one
            throw target.error(errno: code)
        }
        throw target.error(
            "no free temporary file name in its folder after 64 random tries; choose another \(target.option)",
            "随机尝试 64 次后，其文件夹中仍没有可用的临时文件名；请换一个 \(target.option)")
    }

    /// `.territory-` + 16 random lowercase letters and digits (about 82 bits) + `.tmp`.
    static func temporaryName(using random: inout some RandomNumberGenerator) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return temporaryPrefix + String((0..<16).map { _ in alphabet[Int(random.next(upperBound: UInt64(alphabet.count)))] }) + temporarySuffix
    }

    /// Writes every byte to `fd`, flushes it to disk and closes it (also when failing).
    static func writeAll(_ bytes: [UInt8], to fd: Int32, target: OutputTarget) throws(FileWriteError) {
        let failed: Int32? = bytes.withUnsafeBytes { raw -> Int32? in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return n == 0 ? EIO : errno }
            }
            while fsync(fd) != 0 { if errno != EINTR { return errno } }
            return nil
        }
        if let failed {
            _ = close(fd)
            throw target.error(errno: failed)
        }
        if close(fd) != 0 && errno != EINTR {  // NFS reports late write errors here
            throw target.error(errno: errno)
        }
    }

    /// Puts the finished temporary file in place of `name`, which must be absent or a regular file.
    static func publish(_ temporary: String, as name: String, in folder: Int32, target: OutputTarget) throws(FileWriteError) {
        var attempts = 0
        while try !targetExists(name, in: folder, target: target) {
            if linkat(folder, temporary, folder, name, 0) == 0 {
                _ = unlinkat(folder, temporary, 0)
                return
            }
            let code = errno
            attempts += 1
            if (code == EEXIST || code == EINTR) && attempts < 8 { continue }  // something appeared: look at it again
            // A file system without hard links (FAT, some network shares): rename, as just checked.
            guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK || code == ENOSYS else {
                throw target.error(errno: code)
            }
            break
        }
        if renameat(folder, temporary, folder, name) != 0 {
            throw target.error(errno: errno)
        }
    }

    /// Flushes the folder, so that the new name is on disk too. File systems that cannot sync a folder are let be.
    static func syncFolder(_ folder: Int32, target: OutputTarget) throws(FileWriteError) {
        while fsync(folder) != 0 {
            let code = errno
            if code == EINTR { continue }
            if code == EINVAL || code == ENOTSUP || code == EOPNOTSUPP || code == EBADF { return }
            throw target.error(
                "the file was written, but its folder could not be flushed to disk "
                    + "(\(String(cString: strerror(code)))); check the disk, then write it again",
                "文件已写入，但其文件夹未能刷新到磁盘（\(String(cString: strerror(code)))）；请检查磁盘后重新写入")
        }
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(fd, buffer, count)
        #elseif canImport(Musl)
            Musl.write(fd, buffer, count)
        #else
            Darwin.write(fd, buffer, count)
        #endif
    }
}
