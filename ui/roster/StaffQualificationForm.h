#pragma once

#include "print/PrintedFlow.h"
#include "roster/StaffQualificationList.h"

#include <QCoreApplication>

class QPagedPaintDevice;

// 工作人员资质一览表: everyone in post on A4 landscape, by role: classes, each certificate with its level, number
// and expiry, the health certificate, whether a caregiver counts as certified, certificates expired or due marked;
// 持证上岗率 against the city's target and the head's signature at the foot. A person's lines stay on one page.
class StaffQualificationForm
{
    Q_DECLARE_TR_FUNCTIONS(StaffQualificationForm)

public:
    StaffQualificationForm(StaffQualificationList list, QString institution);

    // Prints on the device (set up as A4 landscape here); returns the number of pages, 0 when the device could not
    // be painted on.
    int print(QPagedPaintDevice& device) const;

private:
    QList<PrintedFlow::Row> rows() const;
    QString expiry(const ListedCertificate& certificate) const;
    void addFoot(PrintedFlow& flow) const;

    StaffQualificationList m_list;
    QString m_institution;
};
