#include "FirstStart.h"

#include "FirstStartDialog.h"
#include "SetupWizard.h"
#include "common/MessageBox.h"
#include "demo/DemoData.h"
#include "institution/InstitutionRepository.h"
#include "store/Database.h"

#include <QApplication>
#include <QCoreApplication>

FirstStartOutcome ensureInstitution(Database& db, QWidget* parent)
{
    const auto existing = InstitutionRepository(db).load();
    if (!existing) {
        MessageBox::critical(parent, QCoreApplication::translate("FirstStart", "DaycareDesk"), existing.error());
        return FirstStartOutcome::Cancelled;
    }
    if (existing.value())
        return FirstStartOutcome::Existing;

    FirstStartDialog dialog(db.path(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return FirstStartOutcome::Cancelled;
    if (dialog.choice() == FirstStartDialog::Demo) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto made = DemoData::generate(db, {});
        QApplication::restoreOverrideCursor();
        if (!made) {
            MessageBox::critical(parent, QCoreApplication::translate("FirstStart", "Demo data"), made.error());
            return FirstStartOutcome::Cancelled;
        }
        return FirstStartOutcome::DemoCreated;
    }
    SetupWizard wizard(db, parent);
    return wizard.exec() == QDialog::Accepted ? FirstStartOutcome::SetUp : FirstStartOutcome::Cancelled;
}
