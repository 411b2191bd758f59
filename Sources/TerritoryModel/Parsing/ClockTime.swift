/// A time of day in whole minutes since midnight (08:30 = 510).
public struct ClockTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Minutes since midnight, 0...1440.
    public var minutes: Int

    /// Creates a time from minutes since midnight.
    public init(minutes: Int) { self.minutes = minutes }

    /// Creates a time from hours and minutes.
    public init(hour: Int, minute: Int) { self.minutes = hour * 60 + minute }

    /// Parses `HH:MM` or `H:MM` (also full-width colon), 00:00–24:00; nil otherwise.
    public init?(parsing text: String) {
        let t = text.trimmingWhitespace().replacingFullWidthDigits()
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m),
            h * 60 + m <= 1440
        else { return nil }
        self.minutes = h * 60 + m
    }

    /// `HH:MM`.
    public var description: String {
        let h = minutes / 60
        let m = minutes % 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }
}

/// A span of the day from `start` to `end`, e.g. a hospital's reception window 09:00-11:30.
public struct ClockWindow: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Start of the window.
    public var start: ClockTime
    /// End of the window (after `start`).
    public var end: ClockTime

    /// Creates a window; `start` must be before `end`.
    public init(start: ClockTime, end: ClockTime) {
        self.start = start
        self.end = end
    }

    /// Parses `HH:MM-HH:MM` (also `~`, `–`, `—`, `至`); nil when malformed or empty.
    public init?(parsing text: String) {
        var t = text.trimmingWhitespace().replacingFullWidthDigits()
        for sep in ["~", "–", "—", "至", "到"] { t = t.split(separator: Character(sep)).joined(separator: "-") }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let s = ClockTime(parsing: String(parts[0])), let e = ClockTime(parsing: String(parts[1])),
            s < e
        else { return nil }
        self.init(start: s, end: e)
    }

    /// Parses a list like `09:00-11:30;14:00-16:30` (separators `;`, `；`, `,`, `、`, `|`);
    /// returns nil when any part is malformed, sorted windows otherwise (empty text = []).
    public static func parseList(_ text: String) -> [ClockWindow]? {
        let t = text.trimmingWhitespace()
        if t.isEmpty { return [] }
        let parts = t.split(whereSeparator: { ";；,，、|".contains($0) })
        var out: [ClockWindow] = []
        for p in parts {
            guard let w = ClockWindow(parsing: String(p)) else { return nil }
            out.append(w)
        }
        return out.sorted { $0.start < $1.start }
    }

    /// `HH:MM-HH:MM`.
    public var description: String { "\(start)-\(end)" }
}
