/// A target doctor (医生) with the facts the nine-grid grades.
public struct Doctor: Sendable, Hashable, Codable {
    /// External id from doctors.csv (医生编号).
    public var id: String
    /// The hospital's id.
    public var hospitalID: String
    /// Name (姓名).
    public var name: String
    /// Department (科室).
    public var department: String
    /// The title as written in the file (职称).
    public var title: String
    /// The title group the title maps to.
    public var titleGroup: TitleGroup
    /// Current prescription behaviour (处方行为).
    public var behavior: Behavior
    /// Monthly prescriptions in units (月均处方量, 支).
    public var monthlyUnits: Int
    /// The responsible rep's id (代表编号).
    public var repID: String

    /// Creates a doctor.
    public init(
        id: String, hospitalID: String, name: String, department: String, title: String,
        titleGroup: TitleGroup, behavior: Behavior, monthlyUnits: Int, repID: String
    ) {
        self.id = id
        self.hospitalID = hospitalID
        self.name = name
        self.department = department
        self.title = title
        self.titleGroup = titleGroup
        self.behavior = behavior
        self.monthlyUnits = monthlyUnits
        self.repID = repID
    }
}
