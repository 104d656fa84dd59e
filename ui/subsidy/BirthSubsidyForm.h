#pragma once

#include "subsidy/BirthSubsidyApplication.h"

#include <QCoreApplication>

class PrintedPages;
class QPagedPaintDevice;

// 生育补贴申请表: one child's birth-subsidy application on an A4 portrait page, filled in from the roster for the
// family to sign and take to the health commission: the child, the family's guardians, the amount in figures and in
// 人民币大写, the institution that helped, the papers to bring, and the signature lines.
class BirthSubsidyForm
{
    Q_DECLARE_TR_FUNCTIONS(BirthSubsidyForm)

public:
    explicit BirthSubsidyForm(BirthSubsidyApplication application);

    // Prints on the device (set up as A4 portrait here); returns the number of pages, 0 when the device could not
    // be painted on.
    int print(QPagedPaintDevice& device) const;

private:
    qreal drawFields(PrintedPages& pages, qreal top) const;
    qreal drawGuardians(PrintedPages& pages, qreal top) const;
    void drawClosing(PrintedPages& pages, qreal top) const;

    BirthSubsidyApplication m_application;
};
