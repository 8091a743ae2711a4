/// What a kind of problem means, for the rule metadata of SARIF and checkstyle: every kind the core reports,
/// and a generic entry for kinds a plugin adds.
public struct CheckRule: Sendable, Hashable {
    public let id: String
    public let summary: String
    public let help: String

    /// The rule of a kind; an unknown kind (from a plugin) gets a generic description.
    public static func of(_ kind: String) -> CheckRule {
        catalog[kind] ?? CheckRule(id: kind, summary: "A finding of the classification pass: \(kind).",
                                   help: "Run 'tagdesk show ID' to see the article, its tags and findings.")
    }

    private static let catalog: [String: CheckRule] = Dictionary(uniqueKeysWithValues: [
        CheckRule(id: "example-failed", summary: "A rule file's example is not given the labels it expects.",
                  help: "Fix the rule's terms or the example's expected labels; 'tagdesk check' runs every example."),
        CheckRule(id: "stale-tag-file", summary: "A tag file differs from what a pass would write now.",
                  help: "An article or a rule changed since the last pass: run 'tagdesk classify' and commit the tag files."),
        CheckRule(id: "quality-below-floor", summary: "A classifier falls below its quality floor against people's decisions.",
                  help: "The rule file's 'quality:' sets the floor; 'tagdesk eval' shows where the rules and the people part ways."),
        CheckRule(id: "held-article", summary: "A moderation policy holds the article and no person decided otherwise.",
                  help: "Fix the article, or after review record 'tagdesk decide ID --decision publish'; 'tagdesk show ID' names the policies."),
        CheckRule(id: "review-article", summary: "A moderation policy sends the article to review.",
                  help: "Read it with 'tagdesk show ID'; record the outcome with 'tagdesk decide ID --decision publish|hold'."),
        CheckRule(id: "missing-tag-file", summary: "An article has no tag file.",
                  help: "Run 'tagdesk classify' and commit the new tag file."),
        CheckRule(id: "orphaned-tag-file", summary: "A tag file has no article beside it.",
                  help: "The article was renamed or deleted: delete the tag file, or restore the article."),
        CheckRule(id: "orphaned-decisions-file", summary: "A decisions file has no article beside it.",
                  help: "The article was renamed or deleted: move the decisions file beside it, or delete it."),
        CheckRule(id: "rule-file-error", summary: "A rule file cannot be loaded.",
                  help: "Fix the rule file at the line and column given; nothing was classified."),
        CheckRule(id: "tag-file-error", summary: "A tag file cannot be read.",
                  help: "Tag files are written by 'tagdesk classify'; delete the file and classify again."),
        CheckRule(id: "decisions-file-error", summary: "A decisions file has a problem.",
                  help: "Fix the decision at the line given, or record it again with 'tagdesk decide'."),
        CheckRule(id: "document-error", summary: "A JSON Lines document or attribute file cannot be read or written.",
                  help: "Fix the line given; it was skipped."),
        CheckRule(id: "empty-article", summary: "The article is empty.", help: "Delete the article or give it its text."),
        CheckRule(id: "invalid-utf8", summary: "The article is not valid UTF-8.", help: "Convert the article to UTF-8."),
        CheckRule(id: "too-large", summary: "The article is larger than TagDesk reads.", help: "Split the article."),
        CheckRule(id: "unreadable-article", summary: "The article cannot be read.",
                  help: "Make it a readable regular file (not a symlink, folder or FIFO)."),
        CheckRule(id: "no-content", summary: "Every line of the article is boilerplate.",
                  help: "Check the boilerplate rules, or the article's text: nothing is left to classify."),
        CheckRule(id: "versions-disagree", summary: "Versions of one story (articles citing one source) disagree on a label.",
                  help: "Translations of one story should get the same topics and regions: fix the rules that miss it, or the text."),
        CheckRule(id: "human-disagreement", summary: "The rules disagree with a human decision.",
                  help: "The decision wins; adjust the rules if the person is right, or the decision if not."),
        CheckRule(id: "unanchored-decision", summary: "A decision's lines were not found in the edited article.",
                  help: "Record the decision again on the lines it is about."),
        CheckRule(id: "reanchored-decision", summary: "A decision's lines moved and were followed.",
                  help: "Nothing to do; record the decision again to silence this note."),
        CheckRule(id: "stale-decision", summary: "A decision was made about another version of the article.",
                  help: "Review the decision and record it again."),
        CheckRule(id: "decision-conflict", summary: "Two decisions contradict each other.",
                  help: "Keep one of them in the decisions file."),
    ].map { ($0.id, $0) })
}
