#pragma once

#include <QGroupBox>
#include <optional>

class Database;
class QLabel;
class QPushButton;

// Settings' box for the key that signs the monthly reports: its fingerprint in groups of four, to read to the
// county over the phone, and for the director making the key, changing its passphrase, rotating it; anyone who
// exports reports may write the public key file the county registers.
class SigningKeyBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit SigningKeyBox(Database& db, QWidget* parent = nullptr);
    void reload();
    // Asks the director for the passphrase of the institution's first key and makes it; the passphrase once the
    // key is made, nothing when she cancelled.
    static std::optional<QString> makeFirstKey(Database& db, QWidget* parent);

private:
    void makeKey();
    void exportPublicKey();
    void changePassphrase();
    void rotateKey();

    Database& m_db;
    QLabel* m_fingerprint;
    QLabel* m_details;
    QPushButton* m_make;
    QPushButton* m_export;
    QPushButton* m_passphrase;
    QPushButton* m_rotate;
};
