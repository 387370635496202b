-- One database per subgraph (each service owns its data; none reads another's), utf8mb4 for Chinese text.
-- Run once as an administrator; the services create missing databases themselves when their account may.
CREATE DATABASE IF NOT EXISTS crm_customer  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS crm_credit    CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS crm_complaint CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS crm_supplier  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS crm_reception CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- One account per service, allowed only its own database (replace the passwords).
CREATE USER IF NOT EXISTS 'crm_customer'@'%'  IDENTIFIED BY 'change-me-customer';
CREATE USER IF NOT EXISTS 'crm_credit'@'%'    IDENTIFIED BY 'change-me-credit';
CREATE USER IF NOT EXISTS 'crm_complaint'@'%' IDENTIFIED BY 'change-me-complaint';
CREATE USER IF NOT EXISTS 'crm_supplier'@'%'  IDENTIFIED BY 'change-me-supplier';
CREATE USER IF NOT EXISTS 'crm_reception'@'%' IDENTIFIED BY 'change-me-reception';
GRANT ALL PRIVILEGES ON crm_customer.*  TO 'crm_customer'@'%';
GRANT ALL PRIVILEGES ON crm_credit.*    TO 'crm_credit'@'%';
GRANT ALL PRIVILEGES ON crm_complaint.* TO 'crm_complaint'@'%';
GRANT ALL PRIVILEGES ON crm_supplier.*  TO 'crm_supplier'@'%';
GRANT ALL PRIVILEGES ON crm_reception.* TO 'crm_reception'@'%';
