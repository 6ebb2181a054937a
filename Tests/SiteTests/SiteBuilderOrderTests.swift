import Diagnostics
import Foundation
import Pipeline
import XCTest

/// The progress tables and the models with their awards are built side by side; what they report
/// must still come in one fixed order: progress first, then models and awards, as a serial build.
final class SiteBuilderOrderTests: XCTestCase {
    func testProblemsOfStepsBuiltSideBySideKeepTheSerialOrder() throws {
        let invalid = FixturePaths.fixture("invalid")
        let workspace = try FixtureWorkspace(copying: invalid.appendingPathComponent("_base"), label: "side-by-side")
        defer { workspace.delete() }
        try workspace.overlay(invalid.appendingPathComponent("negative-count/content"))
        try workspace.overlay(invalid.appendingPathComponent("unknown-model/content"))

        let runs = (0..<5).map { _ in workspace.check().diagnostics.items }
        let codes = runs[0].map(\.code)
        let progress = try XCTUnwrap(runs[0].firstIndex { $0.location.file.hasSuffix("progress/2022.csv") }, "\(codes)")
        let award = try XCTUnwrap(codes.firstIndex(of: "MODEL_UNKNOWN"), "\(codes)")
        XCTAssertLessThan(progress, award)
        for run in runs.dropFirst() { XCTAssertEqual(run, runs[0]) }
    }
}
