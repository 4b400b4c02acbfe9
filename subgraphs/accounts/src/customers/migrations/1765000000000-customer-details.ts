import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A customer's location and keywords. */
export class CustomerDetails1765000000000 implements MigrationInterface {
  name = 'CustomerDetails1765000000000';

  async up(db: QueryRunner): Promise<void> {
    // A location is whole or absent: its lines and country come together, and so do its coordinates.
    await db.query(`
      ALTER TABLE accounts.customers
        ADD COLUMN location_lines text[],
        ADD COLUMN location_city text CHECK (length(location_city) <= 100),
        ADD COLUMN location_region text CHECK (length(location_region) <= 100),
        ADD COLUMN location_postcode text CHECK (length(location_postcode) <= 20),
        ADD COLUMN location_country char(2),
        ADD COLUMN location_latitude double precision CHECK (location_latitude BETWEEN -90 AND 90),
        ADD COLUMN location_longitude double precision CHECK (location_longitude BETWEEN -180 AND 180),
        ADD CONSTRAINT customers_location_whole CHECK ((location_lines IS NULL) = (location_country IS NULL)),
        ADD CONSTRAINT customers_coordinates_paired CHECK ((location_latitude IS NULL) = (location_longitude IS NULL)),
        ADD CONSTRAINT customers_coordinates_need_location CHECK (location_latitude IS NULL OR location_country IS NOT NULL)`);
    // The primary key makes a keyword name one customer within a partner, whatever its case.
    await db.query(`
      CREATE TABLE accounts.customer_keywords (
        partner_id uuid NOT NULL,
        keyword citext NOT NULL CHECK (length(keyword) BETWEEN 1 AND 50),
        customer_id uuid NOT NULL,
        position smallint NOT NULL,
        PRIMARY KEY (partner_id, keyword),
        FOREIGN KEY (partner_id, customer_id) REFERENCES accounts.customers (partner_id, id)
      )`);
    await db.query(
      `CREATE INDEX customer_keywords_by_customer ON accounts.customer_keywords (partner_id, customer_id, position)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE accounts.customer_keywords`);
    await db.query(`
      ALTER TABLE accounts.customers
        DROP COLUMN location_lines, DROP COLUMN location_city, DROP COLUMN location_region,
        DROP COLUMN location_postcode, DROP COLUMN location_country, DROP COLUMN location_latitude,
        DROP COLUMN location_longitude`);
  }
}
