#!/bin/sh
# Runs once, when the PostgreSQL volume is created: a database and an owner role per service (the same shape as
# CloudNativePG's in deploy/k8s), passwords from the environment (compose.yaml).
set -eu
for service in identity mentor booking chat; do
  password_var=$(echo "${service}_DB_PASSWORD" | tr '[:lower:]' '[:upper:]')
  password=$(eval "echo \${$password_var}")
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="$service" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
SQL
done
