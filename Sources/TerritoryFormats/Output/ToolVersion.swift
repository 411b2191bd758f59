/// The version of the Territory tools, as `territory --version` prints it and the calendars it writes name it.
public enum ToolVersion {
    /// The version, e.g. `0.1.0`.
    public static let current = "0.1.0"
}
