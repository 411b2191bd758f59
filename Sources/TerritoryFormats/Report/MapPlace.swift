/// A point on one of the report's maps: a rep's base or a hospital.
struct MapPlace: Sendable, Hashable {
    /// The full name, shown as the point's tooltip and in the key (escaped when written).
    var name: String
    /// WGS-84 degrees.
    var latitude: Double
    /// WGS-84 degrees.
    var longitude: Double
    /// Fill of the point as a CSS colour (already safe: produced by `HTML.color`).
    var fill: String
    /// Short text drawn beside the point where there is room (a base's rep id); empty: none.
    var label = ""
}
