#pragma once

#include "roster/ChildRecordCard.h"

#include <QCoreApplication>

class PrintedFlow;
class QPagedPaintDevice;

// 幼儿档案卡: one child's record on A4 portrait as the institution files it: identity and enrolment, guardians and
// pick-up adults with their phones, the classes and care types she had, her accident insurance, allergies and
// health notes, and the lines the guardian and the institution sign. Masked numbers say so at the foot.
class ChildRecordCardForm
{
    Q_DECLARE_TR_FUNCTIONS(ChildRecordCardForm)

public:
    ChildRecordCardForm(ChildRecordCard card, QString institution);

    // Prints on the device (set up as A4 portrait here); returns the number of pages, 0 when the device could not
    // be painted on.
    int print(QPagedPaintDevice& device) const;

private:
    void addIdentity(PrintedFlow& flow) const;
    void addGuardians(PrintedFlow& flow) const;
    void addPlacements(PrintedFlow& flow) const;
    void addInsurance(PrintedFlow& flow) const;
    void addHealth(PrintedFlow& flow) const;
    void addClosing(PrintedFlow& flow) const;

    ChildRecordCard m_card;
    QString m_institution;
};
