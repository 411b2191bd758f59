/// Phrases that many messages share, each once in English and in Chinese, so that one thing is always said
/// the same way (`; did you mean "R01"?` / `；是不是 "R01"？`).
public enum Phrases {
    /// `; did you mean "X"?` and `；是不是 "X"？` for a close candidate; two empty strings for none.
    public static func didYouMean(_ candidate: String?) -> (en: String, zh: String) {
        guard let candidate else { return ("", "") }
        return ("; did you mean \"\(candidate)\"?", "；是不是 \"\(candidate)\"？")
    }

    /// The severity's label before a diagnostic's text: `error: ` / `错误：`.
    public static func severity(_ severity: Diagnostic.Severity, in language: Language) -> String {
        language == .zh ? severity.chinese + "：" : severity.rawValue + ": "
    }
}
