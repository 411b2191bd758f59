import Foundation
import Testing

@testable import TerritoryFormats

/// The day map's projection and drawing.
@Suite("Route map")
struct RouteMapTests {
    static let base = MapPlace(name: "base", latitude: 0, longitude: 0, fill: "#000")

    @Test("The day's bounding box fills the view box, centred, with north up")
    func projection() {
        // 0.01° of longitude east of the base, at the equator: width decides the scale (192 / 0.01 = 19200 per degree).
        let map = RouteMap(base: Self.base, stops: [MapPlace(name: "H", latitude: 0, longitude: 0.01, fill: "#000")])
        let (p, kmPerUnit) = map.projected()
        #expect(p.map(\.x) == [16, 208])
        #expect(p.map(\.y) == [75, 75])
        #expect(kmPerUnit == 111.195 / 19_200)
        // North up: a stop north of the base is drawn above it.
        let north = RouteMap(base: Self.base, stops: [MapPlace(name: "N", latitude: 0.01, longitude: 0, fill: "#000")]).projected().points
        #expect(north[1].y < north[0].y)
        #expect(north.map(\.y) == [134, 16])
    }

    @Test("A stop at the base itself does not divide by zero")
    func samePlace() {
        let map = RouteMap(base: Self.base, stops: [MapPlace(name: "H", latitude: 0, longitude: 0, fill: "#000")])
        let (p, kmPerUnit) = map.projected()
        #expect(p.map(\.x) == [112, 112])
        #expect(kmPerUnit.isFinite)
    }

    @Test("The SVG numbers the stops in visiting order, escapes names and draws legs base to base")
    func drawing() {
        let stops = [
            MapPlace(name: "<A&B>", latitude: 31.2, longitude: 121.45, fill: "#d9534f"),
            MapPlace(name: "第二医院", latitude: 31.21, longitude: 121.47, fill: "#f0ad4e"),
        ]
        let svg = RouteMap(base: MapPlace(name: "家", latitude: 31.19, longitude: 121.44, fill: "#000"), stops: stops).svg(label: "12-01")
        #expect(svg.hasPrefix("<svg viewBox=\"0 0 224 150\" role=\"img\" aria-label=\"12-01\">"))
        #expect(svg.components(separatedBy: "<line ").count - 1 == 3 + 1)  // three legs and the scale bar
        #expect(svg.contains("<title>1. &lt;A&amp;B&gt;</title>"))
        #expect(svg.contains("<title>2. 第二医院</title>"))
        #expect(!svg.contains("<A&B>"))
    }

    @Test("Longitude is scaled by the cosine of the latitude: at 60° north, 0.02° east is drawn as long as 0.01° north")
    func projectionScalesLongitude() {
        let projection = MapProjection(
            [(latitude: 60, longitude: 10), (latitude: 60, longitude: 10.02), (latitude: 60.01, longitude: 10)], width: 224, height: 150,
            padding: 16, minimumSpan: 0.002)
        let base = projection.point(latitude: 60, longitude: 10)
        let east = projection.point(latitude: 60, longitude: 10.02)
        let north = projection.point(latitude: 60.01, longitude: 10)
        let ratio = (east.x - base.x) / (base.y - north.y)
        #expect(abs(ratio - 2 * cos(60.005 * Double.pi / 180)) < 1e-9)
        #expect(abs(ratio - 1) < 0.001)
        #expect(east.y == base.y && north.x == base.x)
        // The same kilometres per unit both ways: 0.01° of latitude is 1.11195 km.
        #expect(abs((base.y - north.y) * projection.kmPerUnit - 1.11195) < 1e-9)
    }

    @Test("Markers never cover each other: a hospital visited twice and its neighbour get their own places, joined by leader lines")
    func markersDoNotOverlap() {
        let h1 = MapPlace(name: "瑞金医院", latitude: 31.21, longitude: 121.47, fill: "#d9534f")
        let h2 = MapPlace(name: "瑞金医院北院", latitude: 31.2101, longitude: 121.4701, fill: "#d9534f")
        let far = MapPlace(name: "第五人民医院", latitude: 31.02, longitude: 121.40, fill: "#f0ad4e")
        let map = RouteMap(base: MapPlace(name: "家", latitude: 31.1, longitude: 121.45, fill: "#000"), stops: [h1, h2, far, h1])
        let points = map.projected().points
        let markers = map.markerPositions(points)
        #expect(markers.count == 4)
        let all = [points[0]] + markers
        for a in 0..<all.count {
            for b in (a + 1)..<all.count {
                let d = ((all[a].x - all[b].x) * (all[a].x - all[b].x) + (all[a].y - all[b].y) * (all[a].y - all[b].y)).squareRoot()
                #expect(d >= 2 * RouteMap.markerRadius + 1, "markers \(a) and \(b) overlap")
            }
        }
        // The first stop and the far one sit on their points; the neighbour and the second visit are moved.
        #expect(markers[0] == points[1] && markers[2] == points[3])
        #expect(markers[1] != points[2] && markers[3] != points[4])
        let svg = map.svg(label: "12-01")
        #expect(svg.components(separatedBy: "stroke=\"#66717d\" stroke-width=\"0.8\"/>").count - 1 == 2)
        for k in 1...4 { #expect(svg.components(separatedBy: ">\(k)</text>").count - 1 == 1) }
    }

    @Test("The map carries numbers only: hospital names are in tooltips and the key, never cut to fit")
    func numbersOnly() {
        let long = "上海交通大学医学院附属瑞金医院"
        let svg = RouteMap(base: Self.base, stops: [MapPlace(name: long, latitude: 0, longitude: 0.01, fill: "#000")]).svg(label: "x")
        #expect(svg.contains("<title>1. \(long)</title>"))
        #expect(svg.components(separatedBy: long).count - 1 == 1)
        #expect(!svg.contains("…"))
    }
}
