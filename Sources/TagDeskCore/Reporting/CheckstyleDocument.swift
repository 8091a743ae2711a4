/// A check as checkstyle XML (read by Jenkins, GitLab, reviewdog): one `<file>` per file in path order, one
/// `<error>` per problem with its line, column, severity, message and `source="tagdesk.KIND"`.
enum CheckstyleDocument {
    static func render(_ check: CheckReport) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        let byFile = Dictionary(grouping: check.problems, by: \.file)
        for file in byFile.keys.sorted() {
            out += "  <file name=\"\(XMLText.escaped(file))\">\n"
            for problem in byFile[file, default: []].sorted() {
                out += "    <error line=\"\(problem.line ?? 0)\""
                if let column = problem.column, problem.line != nil { out += " column=\"\(column)\"" }
                out += " severity=\"\(problem.severity.rawValue)\" message=\"\(XMLText.escaped(problem.message))\""
                    + " source=\"tagdesk.\(XMLText.escaped(problem.kind))\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }
}
