/// A hash that is the same in every process and on every platform (unlike Swift's `Hasher`):
/// per-rep solver seeds and calendar UIDs depend on it.
public enum StableHash {
    /// 64-bit FNV-1a of the UTF-8 bytes.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }
}
