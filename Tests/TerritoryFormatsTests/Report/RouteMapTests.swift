import Testing

@testable import TerritoryFormats

/// The day map's projection and drawing.
@Suite("Route map")
struct RouteMapTests {
    static let base = RouteMap.Place(name: "base", latitude: 0, longitude: 0, fill: "#000")

    @Test("The day's bounding box fills the view box, centred, with north up")
    func projection() {
        // 0.01° of longitude east of the base, at the equator: width decides the scale (192 / 0.01 = 19200 per degree).
        let map = RouteMap(base: Self.base, stops: [RouteMap.Place(name: "H", latitude: 0, longitude: 0.01, fill: "#000")])
        let (p, kmPerUnit) = map.projected()
        #expect(p.map(\.x) == [16, 208])
        #expect(p.map(\.y) == [75, 75])
        #expect(kmPerUnit == 111.195 / 19_200)
        // North up: a stop north of the base is drawn above it.
        let north = RouteMap(base: Self.base, stops: [RouteMap.Place(name: "N", latitude: 0.01, longitude: 0, fill: "#000")]).projected().points
        #expect(north[1].y < north[0].y)
        #expect(north.map(\.y) == [134, 16])
    }

    @Test("A stop at the base itself does not divide by zero")
    func samePlace() {
        let map = RouteMap(base: Self.base, stops: [RouteMap.Place(name: "H", latitude: 0, longitude: 0, fill: "#000")])
        let (p, kmPerUnit) = map.projected()
        #expect(p.map(\.x) == [112, 112])
        #expect(kmPerUnit.isFinite)
    }

    @Test("The SVG numbers the stops in visiting order, escapes names and draws legs base to base")
    func drawing() {
        let stops = [
            RouteMap.Place(name: "<A&B>", latitude: 31.2, longitude: 121.45, fill: "#d9534f"),
            RouteMap.Place(name: "第二医院", latitude: 31.21, longitude: 121.47, fill: "#f0ad4e"),
        ]
        let svg = RouteMap(base: RouteMap.Place(name: "家", latitude: 31.19, longitude: 121.44, fill: "#000"), stops: stops).svg(label: "12-01")
        #expect(svg.hasPrefix("<svg viewBox=\"0 0 224 150\" role=\"img\" aria-label=\"12-01\">"))
        #expect(svg.components(separatedBy: "<line ").count - 1 == 3 + 1)  // three legs and the scale bar
        #expect(svg.contains("<title>1. &lt;A&amp;B&gt;</title>"))
        #expect(svg.contains("<title>2. 第二医院</title>"))
        #expect(!svg.contains("<A&B>"))
    }

    @Test(
        "Long hospital names are shortened on the map only",
        arguments: [
            ("瑞金医院", "瑞金医院"), ("上海交通大学医学院附属瑞金医院", "上海交通大学医…"), ("12345678", "12345678"), ("123456789", "1234567…"),
        ])
    func shortName(name: String, label: String) {
        #expect(RouteMap.shortName(name) == label)
    }
}
