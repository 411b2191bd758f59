/// The language of headings, labels and messages meant for users (`--lang zh|en`). Keys in JSON stay English.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Simplified Chinese (the default).
    case zh
    /// English.
    case en

    /// Whether this is English.
    public var isEnglish: Bool { self == .en }

    /// Picks the Chinese or English text.
    public func pick(_ chinese: String, _ english: String) -> String { self == .en ? english : chinese }
}
