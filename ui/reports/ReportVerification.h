#pragma once

class Database;
class QWidget;

// "Verify a report file…": asks for a signed report file and shows what checking it found, against the keys this
// database holds (the institution's own, retired ones included). A file signed with another key may then be
// checked against that institution's public key file (.jwk).
void verifyReportFile(Database& db, QWidget* parent);
