/// A subcommand's arguments: `--name value` options, `--flag`s and positional words.
struct Arguments {
    /// Option values by name (without dashes).
    private(set) var options: [String: String] = [:]
    /// Words that are not options, in order.
    private(set) var positional: [String] = []
    /// Whether `--help` or `-h` was given.
    private(set) var wantsHelp = false

    /// Splits `words`; `valued` names the options that take a value.
    init(_ words: [String], valued: Set<String>) throws(BenchmarkError) {
        var i = 0
        while i < words.count {
            let w = words[i]
            i += 1
            if w == "--help" || w == "-h" {
                wantsHelp = true
                continue
            }
            if w.hasPrefix("--") {
                let name = String(w.dropFirst(2))
                guard valued.contains(name) else { throw .usage("unknown option '\(w)'") }
                guard i < words.count else { throw .usage("option '\(w)' needs a value") }
                options[name] = words[i]
                i += 1
            } else {
                positional.append(w)
            }
        }
    }

    /// A positive number of seconds, or `fallback`.
    func seconds(_ name: String, default fallback: Double) throws(BenchmarkError) -> Double {
        guard let v = options[name] else { return fallback }
        guard let s = Double(v), s > 0, s.isFinite else { throw .usage("--\(name) needs a positive number of seconds, not '\(v)'") }
        return s
    }

    /// A non-negative integer, or `fallback`.
    func integer(_ name: String, default fallback: Int) throws(BenchmarkError) -> Int {
        guard let v = options[name] else { return fallback }
        guard let k = Int(v), k >= 0 else { throw .usage("--\(name) needs a non-negative integer, not '\(v)'") }
        return k
    }
}
