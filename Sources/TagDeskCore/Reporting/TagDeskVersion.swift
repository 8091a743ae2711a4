/// The version of TagDesk, printed by `tagdesk --version` and written into JSON and SARIF documents.
public enum TagDeskVersion {
    public static let current = "0.11.0"
}
