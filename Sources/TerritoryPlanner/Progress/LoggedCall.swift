/// One call a rep logged in calls.csv: who, when, on whom, and what came of it.
public struct LoggedCall: Sendable, Hashable {
    /// The rep who made (or tried to make) the call.
    public var repID: String
    /// The day of the call.
    public var date: CalendarDate
    /// The doctor called on.
    public var doctorID: String
    /// Done, cancelled or not met.
    public var status: CallStatus
    /// Free text from the note column; "" when none.
    public var note: String

    /// Creates a logged call.
    public init(repID: String, date: CalendarDate, doctorID: String, status: CallStatus, note: String = "") {
        self.repID = repID
        self.date = date
        self.doctorID = doctorID
        self.status = status
        self.note = note
    }
}
