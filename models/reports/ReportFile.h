#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <functional>
#include <optional>

// What checking a signed report file found. The payload is filled only once the signature is known to be good.
struct ReportVerdict
{
    enum Kind
    {
        Valid,
        Unreadable, // the file could not be read at all
        Malformed, // not a signed DaycareDesk file, or a broken one
        Unsupported, // well formed, but of a type, version, algorithm or size DaycareDesk does not take
        BadSignature, // the content was changed after signing, or another key signed it
        UnknownKey // signed with a key that is not among the keys given
    };

    Kind kind = Malformed;
    QString message;
    QJsonObject payload;
    QString kid;
    QString typ;

    bool isValid() const { return kind == Valid; }
};

// The signed files DaycareDesk writes and reads: a monthly report today, others later. Each is a JWS (see Jws) whose
// typ names the payload's format; models/reports/REPORT_FORMAT.md describes them for the people who check them.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)

public:
    // Larger files are refused by their size alone, before a byte of them is read.
    static constexpr qint64 MaximumSize = 20 * 1024 * 1024;
    static constexpr QStringView MonthlyReportType = u"daycaredesk-report+json";
    static constexpr QStringView MonthlyReportFormat = u"daycaredesk.monthly-report";
    static constexpr int MonthlyReportVersion = 1;
    // A county center's month sent to the city: its institutions' figures and the reports they came from.
    static constexpr QStringView RollUpType = u"daycaredesk-rollup+json";
    static constexpr QStringView RollUpFormat = u"daycaredesk.county-rollup";
    static constexpr int RollUpVersion = 1;
    // A rural home-visit team's month sent to its county: its summary and its visit records.
    static constexpr QStringView OutreachType = u"daycaredesk-outreach+json";
    static constexpr QStringView OutreachFormat = u"daycaredesk.outreach-month";
    static constexpr int OutreachVersion = 1;
    // What a signed file's name ends with; the file manager opens such files with DaycareDesk.
    static constexpr QStringView FileSuffix = u".ddreport.json";

    // Checks the file at path against the public keys that may have signed it: the key its kid names, the
    // signature, then the payload's format and version.
    static ReportVerdict verify(const QString& path, const QList<QByteArray>& publicKeys);
    // Reads a signed file whole, refusing one larger than MaximumSize by its size alone; nullopt when it was read,
    // else why not (Unreadable or Unsupported).
    static std::optional<ReportVerdict> read(const QString& path, QByteArray& bytes);
    // The same for a file's content already in memory.
    static ReportVerdict verifyBytes(const QByteArray& bytes, const QList<QByteArray>& publicKeys);
    // The same with the key looked up by the thumbprint the file's kid names, for a holder of many keys (a center):
    // keyOf gives the public key with that thumbprint, or nullopt when it knows none.
    static ReportVerdict verifyWithKeyOf(const QByteArray& bytes,
                                         const std::function<std::optional<QByteArray>(const QString& kid)>& keyOf);
    // Lower-case hex SHA-256: how revisions, workbooks and centers name a file.
    static QString sha256Hex(const QByteArray& bytes);
    // Writes a signed file atomically: a failed write leaves no half file under the name.
    static Status write(const QString& path, const QByteArray& bytes);
};
